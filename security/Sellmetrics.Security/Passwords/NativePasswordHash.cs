using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;

namespace Sellmetrics.Security.Passwords;

// pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>
internal static class NativePasswordHash
{
    public const int HashLength = 32;
    private const string Prefix = "pbkdf2-sha256";
    private const int SaltLength = 16;

    public static string Create(string password, int iterations)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, HashLength);
        return string.Join('$', Prefix, iterations.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    public static bool TryParse(string text, [NotNullWhen(true)] out StoredPasswordHash? stored)
    {
        stored = null;
        var parts = text.Split('$');
        if (parts.Length != 4 || parts[0] != Prefix || !TryParseIterations(parts[1], out var iterations)
            || !TryParseBase64(parts[2], out var salt) || salt.Length == 0
            || !TryParseBase64(parts[3], out var hash) || hash.Length != HashLength)
        {
            return false;
        }

        stored = new StoredPasswordHash(isNative: true, iterations, salt, hash);
        return true;
    }

    public static bool TryParseIterations(string text, out int iterations) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out iterations) && iterations > 0;

    public static bool TryParseBase64(string text, out byte[] bytes)
    {
        var buffer = new byte[text.Length * 3 / 4];
        var ok = Convert.TryFromBase64String(text, buffer, out var written);
        bytes = ok ? buffer[..written] : [];
        return ok;
    }
}
