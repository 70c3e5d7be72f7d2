using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Sellmetrics.Web.Auth;

/// <summary>
/// The session cookie's events: every request's cookie is checked (<see cref="SessionCheck"/>) and one whose session ended
/// is signed out; claims are refreshed from the account when they changed. An API answers 401/403 instead of redirecting.
/// </summary>
internal sealed class SessionCookieEvents(SessionCheck sessions) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        if (await sessions.CurrentAsync(principal) is not { } session)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync();
            return;
        }

        SessionCheck.Remember(context.HttpContext, session);
        var current = SessionClaims.Principal(session, SessionClaims.SessionIdOf(principal)!.Value);
        if (!SameClaims(principal, current))
        {
            context.ReplacePrincipal(current);
            context.ShouldRenew = true;
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        Status(context.Response, StatusCodes.Status401Unauthorized);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        Status(context.Response, StatusCodes.Status403Forbidden);

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static bool SameClaims(ClaimsPrincipal left, ClaimsPrincipal right) =>
        left.Claims.Select(claim => (claim.Type, claim.Value)).Order().SequenceEqual(right.Claims.Select(claim => (claim.Type, claim.Value)).Order());
}
