using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Sellmetrics.Security.Fernet;

/// <summary>Fernet encryption and decryption under one key, exactly as the Fernet spec and pyca/cryptography do it.</summary>
public sealed class FernetCipher
{
    private const int IvLength = 16;

    private readonly FernetKey _key;
    private readonly TimeProvider _timeProvider;
    private readonly FernetIvSource _ivSource;

    public FernetCipher(FernetKey key, TimeProvider? timeProvider = null, FernetIvSource? ivSource = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _ivSource = ivSource ?? RandomNumberGenerator.Fill;
    }

    /// <summary>Encrypts and signs <paramref name="plaintext"/>, stamped with the current time.</summary>
    public string Encrypt(ReadOnlySpan<byte> plaintext) =>
        Seal(plaintext, checked((ulong)_timeProvider.GetUtcNow().ToUnixTimeSeconds()));

    /// <summary>Verifies and decrypts a token, optionally no older than <paramref name="ttl"/>; throws <see cref="InvalidFernetTokenException"/>.</summary>
    public byte[] Decrypt(string token, TimeSpan? ttl = null) =>
        TryOpen(FernetToken.Decode(token, _timeProvider, ttl), out var plaintext)
            ? plaintext
            : throw new InvalidFernetTokenException();

    public override string ToString() => "FernetCipher(redacted)";

    internal string Seal(ReadOnlySpan<byte> plaintext, ulong timestamp)
    {
        Span<byte> iv = stackalloc byte[IvLength];
        _ivSource(iv);
        return FernetToken.Seal(_key, timestamp, iv, plaintext);
    }

    internal bool TryOpen(FernetToken token, [NotNullWhen(true)] out byte[]? plaintext) => token.TryOpen(_key, out plaintext);
}
