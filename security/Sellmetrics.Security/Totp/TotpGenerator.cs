using System.Security.Cryptography;
using OtpNet;

namespace Sellmetrics.Security.Totp;

/// <summary>
/// RFC 6238 TOTP with HMAC-SHA1 and 30-second steps (Otp.NET), on an injectable clock, refusing a step already used.
/// </summary>
public sealed class TotpGenerator
{
    public const int StepSeconds = 30;
    public const int DefaultDigits = 6;

    /// <summary>160 bits, the secret length RFC 4226 recommends.</summary>
    public const int SecretLength = 20;

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

    /// <summary>The secret as authenticator apps take it: base32 without padding.</summary>
    public static string EncodeSecret(byte[] secret) => Base32Encoding.ToString(secret).TrimEnd('=');

    /// <summary>The code for one time step.</summary>
    public string Compute(ReadOnlySpan<byte> secret, long step) => Create(secret).ComputeTotp(TimeOf(step));

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

        var window = new VerificationWindow(previous: 1, future: 1);
        if (!Create(secret).VerifyTotp(_timeProvider.GetUtcNow().UtcDateTime, code, out var step, window)
            || step <= (lastUsedStep ?? long.MinValue))
        {
            return false;
        }

        matchedStep = step;
        return true;
    }

    private OtpNet.Totp Create(ReadOnlySpan<byte> secret) => new(secret.ToArray(), StepSeconds, OtpHashMode.Sha1, Digits);

    private static DateTime TimeOf(long step) => DateTime.UnixEpoch.AddSeconds(step * StepSeconds);
}
