using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Sellmetrics.Web.Auth;

/// <summary>
/// Checks a session cookie on every request (<see cref="SessionCheck"/>) and signs out one whose session ended; claims
/// are refreshed from the account when they changed.
/// </summary>
internal static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        if (await SessionCheck.CurrentAsync(principal, context.HttpContext.RequestServices) is not { } session)
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

    private static bool SameClaims(System.Security.Claims.ClaimsPrincipal left, System.Security.Claims.ClaimsPrincipal right) =>
        left.Claims.Select(claim => (claim.Type, claim.Value)).Order().SequenceEqual(right.Claims.Select(claim => (claim.Type, claim.Value)).Order());
}
