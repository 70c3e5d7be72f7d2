using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Sellmetrics.Security.Fernet;

/// <summary>A Fernet key: 16 bytes of HMAC-SHA256 signing key followed by 16 bytes of AES-128 key.</summary>
public sealed class FernetKey
{
    private const int HalfLength = 16;
    private const string FormatMessage =
        "A Fernet key must be 32 bytes encoded as URL-safe base64 (44 characters ending in '=', or 43 without padding).";

    private readonly byte[] _signingKey;
    private readonly byte[] _encryptionKey;

    private FernetKey(ReadOnlySpan<byte> material)
    {
        _signingKey = material[..HalfLength].ToArray();
        _encryptionKey = material[HalfLength..].ToArray();
    }

    /// <summary>Creates a key from 32 fresh random bytes.</summary>
    public static FernetKey Generate() => new(RandomNumberGenerator.GetBytes(2 * HalfLength));

    /// <summary>Parses a base64url key; throws <see cref="FormatException"/> whose message never contains the input.</summary>
    public static FernetKey Parse(string text) =>
        TryParse(text, out var key) ? key : throw new FormatException(FormatMessage);

    /// <summary>Parses a base64url key, returning false instead of throwing.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out FernetKey? key)
    {
        key = PaddedBase64Url.TryDecode(text, out var bytes) && bytes.Length == 2 * HalfLength ? new FernetKey(bytes) : null;
        return key is not null;
    }

    /// <summary>Returns the key material as padded base64url, for a secret store only; never log it.</summary>
    public string ToBase64UrlString() => PaddedBase64Url.Encode([.. _signingKey, .. _encryptionKey]);

    public override string ToString() => "FernetKey(redacted)";

    internal void Sign(ReadOnlySpan<byte> data, Span<byte> mac) => HMACSHA256.HashData(_signingKey, data, mac);

    internal Aes CreateAes()
    {
        var aes = Aes.Create();
        aes.Key = _encryptionKey;
        return aes;
    }
}
