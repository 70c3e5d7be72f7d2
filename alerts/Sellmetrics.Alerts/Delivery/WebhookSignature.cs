using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sellmetrics.Alerts.Delivery;

/// <summary>
/// The <see cref="HeaderName"/> header on every webhook: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c> over
/// <c>"{t}.{body}"</c> with the endpoint's secret, so a receiver can check origin, integrity and freshness.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "Sellmetrics-Signature";

    public static string Sign(byte[] secret, DateTimeOffset timestamp, string body)
    {
        var seconds = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={seconds},v1={Convert.ToHexStringLower(Mac(secret, seconds, body))}";
    }

    /// <summary>True when the header was made with the secret over this body within <paramref name="tolerance"/> of now.</summary>
    public static bool Verify(byte[] secret, string header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        var parts = header.Split(',')
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        if (!parts.TryGetValue("t", out var seconds) || !parts.TryGetValue("v1", out var hex) ||
            !long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var unix) ||
            (now - DateTimeOffset.FromUnixTimeSeconds(unix)).Duration() > tolerance)
        {
            return false;
        }

        try
        {
            return CryptographicOperations.FixedTimeEquals(Mac(secret, seconds, body), Convert.FromHexString(hex));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] Mac(byte[] secret, string seconds, string body) =>
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"{seconds}.{body}"));
}
