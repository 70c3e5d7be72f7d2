using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Sellmetrics.Security.Passwords;

// Django's PBKDF2PasswordHasher: pbkdf2_sha256$<iterations>$<salt text>$<hash, base64>;
// the salt is used as its UTF-8 bytes, not decoded.
internal static class DjangoPasswordHash
{
    private const string Prefix = "pbkdf2_sha256";

    public static bool TryParse(string text, [NotNullWhen(true)] out StoredPasswordHash? stored)
    {
        stored = null;
        var parts = text.Split('$');
        if (parts.Length != 4 || parts[0] != Prefix || parts[2].Length == 0
            || !NativePasswordHash.TryParseIterations(parts[1], out var iterations)
            || !NativePasswordHash.TryParseBase64(parts[3], out var hash) || hash.Length != NativePasswordHash.HashLength)
        {
            return false;
        }

        stored = new StoredPasswordHash(isNative: false, iterations, Encoding.UTF8.GetBytes(parts[2]), hash);
        return true;
    }
}
