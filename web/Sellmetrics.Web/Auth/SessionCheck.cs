using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Grains.Accounts;

namespace Sellmetrics.Web.Auth;

/// <summary>
/// Whether a signed-in principal still stands for a live server-side session: the account's grain knows the session id and
/// it was neither ended (sign-out, password or MFA change, account closure, an admin) nor past its absolute lifetime.
/// </summary>
internal static class SessionCheck
{
    /// <summary>The account's current session facts, or null when this principal's session has ended.</summary>
    public static async Task<SessionSnapshot?> CurrentAsync(ClaimsPrincipal principal, IServiceProvider services) =>
        SessionClaims.UserKeyOf(principal) is { } userKey && SessionClaims.SessionIdOf(principal) is { } sessionId
            ? await services.GetRequiredService<IGrainFactory>().GetGrain<IUserGrain>(userKey).GetSessionAsync(sessionId)
            : null;
}
