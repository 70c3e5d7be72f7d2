using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Accounts;

namespace Sellmetrics.Web.Auth;

/// <summary>
/// Checks a session cookie on every request: the account must still exist, its session version
/// must match (a password change or account closure ends every other session), and the absolute
/// lifetime must not have passed. Claims are refreshed from the account when they changed.
/// </summary>
internal static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var options = services.GetRequiredService<IOptions<AuthOptions>>().Value;
        var time = services.GetRequiredKeyedService<TimeProvider>(Clock.Key);
        var principal = context.Principal!;
        var signedInAt = SessionClaims.SignedInAtOf(principal);

        var session = SessionClaims.UserKeyOf(principal) is { } userKey
            ? await services.GetRequiredService<IGrainFactory>().GetGrain<IUserGrain>(userKey).GetSessionAsync()
            : null;
        var version = principal.FindFirst(SessionClaims.SessionVersion)?.Value;
        if (session is null
            || version != session.SessionVersion.ToString(CultureInfo.InvariantCulture)
            || time.GetUtcNow() - signedInAt > options.AbsoluteLifetime)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync();
            return;
        }

        var current = SessionClaims.Principal(session, signedInAt);
        if (!SameClaims(principal, current))
        {
            context.ReplacePrincipal(current);
            context.ShouldRenew = true;
        }
    }

    private static bool SameClaims(System.Security.Claims.ClaimsPrincipal left, System.Security.Claims.ClaimsPrincipal right) =>
        left.Claims.Select(claim => (claim.Type, claim.Value)).Order().SequenceEqual(right.Claims.Select(claim => (claim.Type, claim.Value)).Order());
}
