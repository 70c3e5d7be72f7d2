using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Sellmetrics.Security.Passwords;

// Werkzeug's generate_password_hash: pbkdf2:sha256:<iterations>$<salt text>$<hash, hex>.
// Strings without iterations depend on the Werkzeug version, so they are not accepted.
internal static class WerkzeugPasswordHash
{
    private const string Prefix = "pbkdf2:sha256:";

    public static bool TryParse(string text, [NotNullWhen(true)] out StoredPasswordHash? stored)
    {
        stored = null;
        var parts = text.Split('$');
        if (parts.Length != 3 || !parts[0].StartsWith(Prefix, StringComparison.Ordinal) || parts[1].Length == 0
            || !NativePasswordHash.TryParseIterations(parts[0][Prefix.Length..], out var iterations)
            || parts[2].Length != 2 * NativePasswordHash.HashLength || !parts[2].All(char.IsAsciiHexDigit))
        {
            return false;
        }

        stored = new StoredPasswordHash(isNative: false, iterations, Encoding.UTF8.GetBytes(parts[1]), Convert.FromHexString(parts[2]));
        return true;
    }
}
