using System.Security.Cryptography;
using System.Text;

namespace Sellmetrics.Marketplaces.Auth;

/// <summary>A one-way fingerprint of secret material, for cache keys; never reversible to the secret.</summary>
internal static class TokenFingerprint
{
    public static string Of(params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
        return Convert.ToHexString(bytes, 0, 16);
    }
}
