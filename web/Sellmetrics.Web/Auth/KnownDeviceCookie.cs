using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Sellmetrics.Web.Auth;

/// <summary>
/// A device that signed in to an account before: a long-lived, encrypted cookie naming a random device id and (as a hash)
/// the account's email. Its sign-in attempts are throttled apart from everyone else's, so an attacker guessing the
/// account's password slows down strangers, not the owner's own browser (OWASP's "device cookies").
/// </summary>
internal static class KnownDeviceCookie
{
    public const string Name = "__Host-sellmetrics-device";
    private const string Purpose = "Sellmetrics.Auth.KnownDevice";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    /// <summary>The device id this browser holds for <paramref name="email"/>, or null when it never signed in to it.</summary>
    public static string? IdFor(HttpContext http, string email)
    {
        if (!http.Request.Cookies.TryGetValue(Name, out var cookie))
        {
            return null;
        }

        try
        {
            var parts = Protector(http).Unprotect(cookie).Split('|');
            return parts is [var deviceId, var account] && account == AccountOf(email) ? deviceId : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Remembers this browser as one that signed in to <paramref name="email"/>.</summary>
    public static void Remember(HttpContext http, string email)
    {
        var deviceId = IdFor(http, email) ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        http.Response.Cookies.Append(Name, Protector(http).Protect($"{deviceId}|{AccountOf(email)}"), new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    private static IDataProtector Protector(HttpContext http) =>
        http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    private static string AccountOf(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));
}
