using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Accounts;

namespace Sellmetrics.Web.Auth;

/// <summary>
/// Whether a signed-in principal still stands for a live session: the account exists, its session version matches (a
/// password change or account closure ends every other session) and the absolute lifetime has not passed.
/// </summary>
internal static class SessionCheck
{
    /// <summary>The account's current session facts, or null when this principal's session has ended.</summary>
    public static async Task<SessionSnapshot?> CurrentAsync(ClaimsPrincipal principal, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AuthOptions>>().Value;
        var time = services.GetRequiredKeyedService<TimeProvider>(Clock.Key);
        var session = SessionClaims.UserKeyOf(principal) is { } userKey
            ? await services.GetRequiredService<IGrainFactory>().GetGrain<IUserGrain>(userKey).GetSessionAsync()
            : null;
        var version = principal.FindFirst(SessionClaims.SessionVersion)?.Value;
        return session is null
            || version != session.SessionVersion.ToString(CultureInfo.InvariantCulture)
            || time.GetUtcNow() - SessionClaims.SignedInAtOf(principal) > options.AbsoluteLifetime
            ? null
            : session;
    }
}
