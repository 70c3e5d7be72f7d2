using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Sellmetrics.Grains.Accounts;

namespace Sellmetrics.Web.Auth;

/// <summary>
/// Whether a signed-in principal still stands for a live server-side session: the account's grain knows the session id and
/// it was neither ended (sign-out, password or MFA change, account closure, an admin) nor past its absolute lifetime.
/// </summary>
public sealed class SessionCheck(IGrainFactory grains)
{
    private static readonly object ValidatedKey = new();

    /// <summary>The account's current session facts, or null when this principal's session has ended.</summary>
    public async Task<SessionSnapshot?> CurrentAsync(ClaimsPrincipal principal) =>
        SessionClaims.UserKeyOf(principal) is { } userKey && SessionClaims.SessionIdOf(principal) is { } sessionId
            ? await grains.GetGrain<IUserGrain>(userKey).GetSessionAsync(sessionId)
            : null;

    /// <summary>Keeps the session the cookie check found for the rest of the request, so a handler need not ask the grain again.</summary>
    public static void Remember(HttpContext http, SessionSnapshot session) => http.Items[ValidatedKey] = session;

    /// <summary>The live session this request's cookie check found, or null when the request carries none.</summary>
    public static SessionSnapshot? ValidatedOf(HttpContext http) => http.Items.TryGetValue(ValidatedKey, out var session) ? session as SessionSnapshot : null;
}
