using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Accounts;

namespace Sellmetrics.Web.Auth;

/// <summary>The claims of a signed-in session, and the principal built from a session snapshot.</summary>
public static class SessionClaims
{
    public const string UserId = "sub";
    public const string TenantId = "tenant";
    public const string Email = "email";
    public const string Name = "name";
    public const string Role = "role";
    public const string SessionId = "sid";
    public const string MfaSetupRequired = "mfa_setup";
    public const string AdminRole = "admin";

    public static ClaimsPrincipal Principal(SessionSnapshot session, Guid sessionId)
    {
        var claims = new List<Claim>
        {
            new(UserId, GrainKeys.Of(session.UserId)),
            new(TenantId, session.TenantId.ToString("N")),
            new(Email, session.Email),
            new(Name, session.DisplayName),
            new(SessionId, sessionId.ToString("N")),
        };
        if (session.IsAdmin)
        {
            claims.Add(new Claim(Role, AdminRole));
        }

        if (session.MfaSetupRequired)
        {
            claims.Add(new Claim(MfaSetupRequired, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, Name, Role));
    }

    public static string? UserKeyOf(ClaimsPrincipal user) => user.FindFirstValue(UserId);

    public static Guid TenantOf(ClaimsPrincipal user) => Guid.ParseExact(user.FindFirstValue(TenantId)!, "N");

    /// <summary>The server-side session this principal stands for, or null for a cookie without one.</summary>
    public static Guid? SessionIdOf(ClaimsPrincipal user) =>
        Guid.TryParseExact(user.FindFirstValue(SessionId), "N", out var sessionId) ? sessionId : null;
}
