using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Web.Security;

namespace Sellmetrics.Web.Auth;

/// <summary>Issues the session cookie for a session snapshot, with a fresh CSRF token bound to the new identity.</summary>
internal static class SessionCookie
{
    public static async Task<SessionResponse> IssueAsync(HttpContext http, SessionSnapshot session, DateTimeOffset? signedInAt = null)
    {
        var now = http.RequestServices.GetRequiredKeyedService<TimeProvider>(Clock.Key).GetUtcNow();
        var principal = SessionClaims.Principal(session, signedInAt ?? now);
        await http.SignInAsync(principal, new AuthenticationProperties { IsPersistent = true, IssuedUtc = now });
        http.User = principal;
        XsrfCookie.Issue(http, http.RequestServices.GetRequiredService<IAntiforgery>());
        return ResponseOf(session);
    }

    public static SessionResponse ResponseOf(SessionSnapshot session) =>
        new(true, session.Email, session.DisplayName, session.IsAdmin, session.MfaSetupRequired);
}
