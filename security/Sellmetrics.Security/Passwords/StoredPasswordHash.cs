using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Sellmetrics.Security.Passwords;

internal sealed class StoredPasswordHash(bool isNative, int iterations, byte[] salt, byte[] hash)
{
    public bool IsNative { get; } = isNative;

    public int Iterations { get; } = iterations;

    public static bool TryParse(string text, [NotNullWhen(true)] out StoredPasswordHash? stored) =>
        NativePasswordHash.TryParse(text, out stored)
        || DjangoPasswordHash.TryParse(text, out stored)
        || WerkzeugPasswordHash.TryParse(text, out stored);

    public bool Matches(string password)
    {
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, hash.Length);
        return CryptographicOperations.FixedTimeEquals(actual, hash);
    }
}
