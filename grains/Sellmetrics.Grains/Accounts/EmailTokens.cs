using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Sellmetrics.Grains.Accounts;

/// <summary>Verification link tokens: 256 random bits in base64url; only their SHA-256 is stored.</summary>
internal static class EmailTokens
{
    private const int TokenLength = 43;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static bool LooksValid(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
