using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sellmetrics.Security.Totp;

/// <summary>RFC 6238 TOTP with HMAC-SHA1 and 30-second steps, as authenticator apps implement it.</summary>
public sealed class TotpGenerator
{
    public const int StepSeconds = 30;
    public const int DefaultDigits = 6;

    /// <summary>160 bits, the secret length RFC 4226 recommends.</summary>
    public const int SecretLength = 20;

    private static readonly int[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

    private readonly TimeProvider _timeProvider;

    public TotpGenerator(TimeProvider? timeProvider = null, int digits = DefaultDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 8);
        _timeProvider = timeProvider ?? TimeProvider.System;
        Digits = digits;
    }

    public int Digits { get; }

    /// <summary>The step the clock is in now.</summary>
    public long CurrentStep => StepAt(_timeProvider.GetUtcNow());

    /// <summary>Creates a fresh random secret of <see cref="SecretLength"/> bytes.</summary>
    public static byte[] GenerateSecret() => RandomNumberGenerator.GetBytes(SecretLength);

    /// <summary>The time step containing <paramref name="time"/>: whole 30-second periods since the Unix epoch.</summary>
    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code for one time step.</summary>
    public string Compute(ReadOnlySpan<byte> secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> mac = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(secret, counter, mac);
        var offset = mac[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(mac[offset..]) & 0x7FFF_FFFF;
        return (binary % PowersOfTen[Digits]).ToString(CultureInfo.InvariantCulture).PadLeft(Digits, '0');
    }

    /// <summary>
    /// Accepts a code for the current step ±1 that is later than <paramref name="lastUsedStep"/>;
    /// store <paramref name="matchedStep"/> as the new last used step so a code cannot be replayed.
    /// </summary>
    public bool TryVerify(ReadOnlySpan<byte> secret, string? code, long? lastUsedStep, out long matchedStep)
    {
        matchedStep = -1;
        if (code is null || code.Length != Digits || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var found = false;
        var current = CurrentStep;
        var submitted = Encoding.ASCII.GetBytes(code);
        for (var step = current - 1; step <= current + 1; step++)
        {
            var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, step)), submitted);
            if (matches && !found && step > (lastUsedStep ?? long.MinValue))
            {
                matchedStep = step;
                found = true;
            }
        }

        return found;
    }
}
