using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Web.Auth;

/// <summary>How long a sign-in lasts and how often one may try (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>A session unused this long ends; each use extends it.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>A session ends this long after sign-in however much it is used.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Sign-in attempts one client address may make per minute.</summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerAddressPerMinute { get; set; } = 20;

    /// <summary>Password (and code) confirmations one signed-in account may make per 15 minutes: email, password and MFA changes, closing.</summary>
    [Range(1, 10_000)]
    public int ReauthenticationsPerAccountPer15Minutes { get; set; } = 10;

    /// <summary>
    /// Sign-in attempts for one account from devices it never signed in on (and from each one it did) before every further
    /// attempt waits <see cref="FirstSignInDelay"/>, doubling up to <see cref="LongestSignInDelay"/>.
    /// </summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerAccountBeforeDelay { get; set; } = 10;

    /// <summary>The wait after the attempts allowed without one.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstSignInDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between sign-in attempts; attempts twice this long ago are forgotten.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LongestSignInDelay { get; set; } = TimeSpan.FromMinutes(15);
}
