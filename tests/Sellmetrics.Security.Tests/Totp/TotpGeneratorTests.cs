using System.Text;
using Sellmetrics.Security.Totp;

namespace Sellmetrics.Security.Tests.Totp;

public sealed class TotpGeneratorTests
{
    private static readonly byte[] RfcSecret = Encoding.ASCII.GetBytes("12345678901234567890");
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 0, 15, TimeSpan.Zero);

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Rfc6238Sha1VectorIsReproduced(long unixSeconds, string expected)
    {
        var totp = new TotpGenerator(new FixedTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)), digits: 8);

        Assert.Equal(expected, totp.Compute(RfcSecret, totp.CurrentStep));
        Assert.True(totp.TryVerify(RfcSecret, expected, lastUsedStep: null, out var step));
        Assert.Equal(unixSeconds / 30, step);
    }

    [Fact]
    public void DefaultCodeHasSixDigitsWithLeadingZerosKept()
    {
        var totp = new TotpGenerator();

        Assert.Equal("287082", totp.Compute(RfcSecret, 1));
        Assert.Equal("081804", totp.Compute(RfcSecret, 1111111109L / 30));
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(-2, false)]
    [InlineData(2, false)]
    public void CodeIsAcceptedOnlyWithinOneStepOfNow(int offset, bool accepted)
    {
        var totp = new TotpGenerator(new FixedTimeProvider(Now));
        var secret = TotpGenerator.GenerateSecret();
        var code = totp.Compute(secret, totp.CurrentStep + offset);

        Assert.Equal(accepted, totp.TryVerify(secret, code, lastUsedStep: null, out var step));
        Assert.Equal(accepted ? totp.CurrentStep + offset : -1, step);
    }

    [Fact]
    public void CodeOfAnAlreadyUsedStepIsRefused()
    {
        var totp = new TotpGenerator(new FixedTimeProvider(Now));
        var secret = TotpGenerator.GenerateSecret();
        var code = totp.Compute(secret, totp.CurrentStep);

        Assert.True(totp.TryVerify(secret, code, lastUsedStep: null, out var used));
        Assert.False(totp.TryVerify(secret, code, used, out _));
        Assert.False(totp.TryVerify(secret, totp.Compute(secret, used - 1), used, out _));
        Assert.True(totp.TryVerify(secret, totp.Compute(secret, used + 1), used, out var next));
        Assert.Equal(used + 1, next);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("１２３４５６")]
    public void MalformedCodeIsRefused(string? code)
    {
        var totp = new TotpGenerator(new FixedTimeProvider(Now));

        Assert.False(totp.TryVerify(TotpGenerator.GenerateSecret(), code, lastUsedStep: null, out _));
    }

    [Fact]
    public void CodeForAnotherSecretIsRefused()
    {
        var totp = new TotpGenerator(new FixedTimeProvider(Now));
        var code = totp.Compute(TotpGenerator.GenerateSecret(), totp.CurrentStep);

        Assert.False(totp.TryVerify(RfcSecret, code, lastUsedStep: null, out _));
    }

    [Fact]
    public void SecretIsShownAsUnpaddedBase32ThatAuthenticatorsDecode()
    {
        var encoded = TotpGenerator.EncodeSecret(RfcSecret);

        Assert.Equal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", encoded);
        Assert.Equal("MZXW6YQ", TotpGenerator.EncodeSecret(Encoding.ASCII.GetBytes("foob")));
        Assert.Equal(RfcSecret, OtpNet.Base32Encoding.ToBytes(encoded));
    }

    [Fact]
    public void GeneratedSecretIsTwentyRandomBytes()
    {
        Assert.Equal(20, TotpGenerator.GenerateSecret().Length);
        Assert.NotEqual(TotpGenerator.GenerateSecret(), TotpGenerator.GenerateSecret());
    }
}
