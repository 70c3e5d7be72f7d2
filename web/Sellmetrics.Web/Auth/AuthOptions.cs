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

    /// <summary>Sign-in attempts for one account per 15 minutes, from anywhere.</summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerAccountPer15Minutes { get; set; } = 10;
}
