using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Web.Security;

namespace Sellmetrics.Web.Auth;

/// <summary>Opens a server-side session and issues its cookie, with a fresh CSRF token bound to the new identity.</summary>
internal static class SessionCookie
{
    public static async Task<SessionResponse> IssueAsync(HttpContext http, SessionSnapshot session)
    {
        var lifetime = http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.AbsoluteLifetime;
        var sessionId = await http.RequestServices.GetRequiredService<IGrainFactory>().GetUserGrain(session.UserId).OpenSessionAsync(lifetime);
        await SignInAsync(http, session, sessionId);
        return ResponseOf(session);
    }

    /// <summary>Writes the cookie of this request's session again with the account's current claims (after MFA setup).</summary>
    public static Task RefreshAsync(HttpContext http, SessionSnapshot session) =>
        SignInAsync(http, session, SessionClaims.SessionIdOf(http.User)!.Value);

    public static SessionResponse ResponseOf(SessionSnapshot session) =>
        new(true, session.Email, session.DisplayName, session.IsAdmin, session.MfaSetupRequired);

    private static async Task SignInAsync(HttpContext http, SessionSnapshot session, Guid sessionId)
    {
        var now = http.RequestServices.GetRequiredKeyedService<TimeProvider>(Clock.Key).GetUtcNow();
        var principal = SessionClaims.Principal(session, sessionId);
        await http.SignInAsync(principal, new AuthenticationProperties { IsPersistent = true, IssuedUtc = now });
        http.User = principal;
        XsrfCookie.Issue(http, http.RequestServices.GetRequiredService<IAntiforgery>());
    }
}
