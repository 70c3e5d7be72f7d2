using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Sellmetrics.Security.Fernet;

internal sealed class FernetToken
{
    private const byte Version = 0x80;
    private const int IvOffset = 9;
    private const int IvLength = 16;
    private const int CiphertextOffset = IvOffset + IvLength;
    private const int BlockLength = 16;
    private const int MacLength = 32;

    private readonly byte[] _data;

    private FernetToken(byte[] data) => _data = data;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_data.AsSpan(1, 8));

    private ReadOnlySpan<byte> Signed => _data.AsSpan(0, _data.Length - MacLength);

    private ReadOnlySpan<byte> Iv => _data.AsSpan(IvOffset, IvLength);

    private ReadOnlySpan<byte> Ciphertext => _data.AsSpan(CiphertextOffset, _data.Length - CiphertextOffset - MacLength);

    private ReadOnlySpan<byte> Mac => _data.AsSpan(_data.Length - MacLength);

    public static FernetToken Decode(string token, TimeProvider timeProvider, TimeSpan? ttl)
    {
        if (ttl < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), "The TTL cannot be negative.");
        }

        if (!PaddedBase64Url.TryDecode(token, out var data)
            || data.Length < CiphertextOffset + BlockLength + MacLength
            || (data.Length - CiphertextOffset - MacLength) % BlockLength != 0
            || data[0] != Version)
        {
            throw new InvalidFernetTokenException();
        }

        var decoded = new FernetToken(data);
        return FernetTtl.Allows(decoded.Timestamp, timeProvider.GetUtcNow().ToUnixTimeSeconds(), ttl)
            ? decoded
            : throw new InvalidFernetTokenException();
    }

    public static string Seal(FernetKey key, ulong timestamp, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> plaintext)
    {
        using var aes = key.CreateAes();
        var ciphertextLength = aes.GetCiphertextLengthCbc(plaintext.Length);
        var data = new byte[CiphertextOffset + ciphertextLength + MacLength];
        data[0] = Version;
        BinaryPrimitives.WriteUInt64BigEndian(data.AsSpan(1, 8), timestamp);
        iv.CopyTo(data.AsSpan(IvOffset, IvLength));
        aes.EncryptCbc(plaintext, iv, data.AsSpan(CiphertextOffset, ciphertextLength));
        key.Sign(data.AsSpan(0, data.Length - MacLength), data.AsSpan(data.Length - MacLength));
        return PaddedBase64Url.Encode(data);
    }

    public bool TryOpen(FernetKey key, [NotNullWhen(true)] out byte[]? plaintext)
    {
        plaintext = null;
        Span<byte> expected = stackalloc byte[MacLength];
        key.Sign(Signed, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, Mac))
        {
            return false;
        }

        using var aes = key.CreateAes();
        try
        {
            plaintext = aes.DecryptCbc(Ciphertext, Iv);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
