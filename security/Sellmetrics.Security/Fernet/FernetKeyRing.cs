namespace Sellmetrics.Security.Fernet;

/// <summary>MultiFernet: the first key encrypts, every key decrypts, and <see cref="Rotate"/> re-seals under the first key.</summary>
public sealed class FernetKeyRing
{
    /// <summary>The configuration value holding the comma-separated keys, newest first.</summary>
    public const string ConfigurationKey = "Sellmetrics:EncryptionKeys";

    private readonly FernetCipher[] _ciphers;
    private readonly TimeProvider _timeProvider;

    public FernetKeyRing(IEnumerable<FernetKey> keys, TimeProvider? timeProvider = null, FernetIvSource? ivSource = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _ciphers = [.. keys.Select(key => new FernetCipher(key, _timeProvider, ivSource))];
        if (_ciphers.Length == 0)
        {
            throw new ArgumentException("A key ring needs at least one key.", nameof(keys));
        }
    }

    public int Count => _ciphers.Length;

    /// <summary>Builds a ring from the <see cref="ConfigurationKey"/> value; errors name the entry's position, never its text.</summary>
    public static FernetKeyRing Parse(string? commaSeparatedKeys, TimeProvider? timeProvider = null)
    {
        var entries = (commaSeparatedKeys ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (entries.Length == 0)
        {
            throw new FormatException($"{ConfigurationKey} is empty: set it to one or more comma-separated Fernet keys, newest first.");
        }

        var keys = new FernetKey[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            if (!FernetKey.TryParse(entries[i], out var key))
            {
                throw new FormatException(
                    $"Entry {i + 1} of {entries.Length} in {ConfigurationKey} is not a Fernet key (32 bytes as URL-safe base64).");
            }

            keys[i] = key;
        }

        return new FernetKeyRing(keys, timeProvider);
    }

    /// <summary>Encrypts under the first (newest) key.</summary>
    public string Encrypt(ReadOnlySpan<byte> plaintext) => _ciphers[0].Encrypt(plaintext);

    /// <summary>Decrypts with the first key that verifies; throws <see cref="InvalidFernetTokenException"/> if none does.</summary>
    public byte[] Decrypt(string token, TimeSpan? ttl = null) => Open(FernetToken.Decode(token, _timeProvider, ttl));

    /// <summary>Re-seals a token under the first key with a fresh IV, keeping its original timestamp and ignoring age.</summary>
    public string Rotate(string token)
    {
        var decoded = FernetToken.Decode(token, _timeProvider, ttl: null);
        return _ciphers[0].Seal(Open(decoded), decoded.Timestamp);
    }

    public override string ToString() => $"FernetKeyRing({Count} keys, redacted)";

    private byte[] Open(FernetToken token)
    {
        foreach (var cipher in _ciphers)
        {
            if (cipher.TryOpen(token, out var plaintext))
            {
                return plaintext;
            }
        }

        throw new InvalidFernetTokenException();
    }
}
