using Sellmetrics.Security.Fernet;

namespace Sellmetrics.Security.Tests.Fernet;

public sealed class FernetTtlTests
{
    private static readonly DateTimeOffset Issued = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly FernetKey _key = FernetKey.Generate();

    [Theory]
    [InlineData(0, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    [InlineData(-60, true)]
    [InlineData(-61, false)]
    public void TtlAllowsAgeUpToTtlAndSixtySecondsOfClockSkew(int secondsAfterIssue, bool accepted)
    {
        var token = new FernetCipher(_key, new FixedTimeProvider(Issued)).Encrypt("secret"u8);
        var reader = new FernetCipher(_key, new FixedTimeProvider(Issued + TimeSpan.FromSeconds(secondsAfterIssue)));

        var decrypt = () => reader.Decrypt(token, TimeSpan.FromSeconds(60));

        if (accepted)
        {
            Assert.Equal("secret"u8.ToArray(), decrypt());
        }
        else
        {
            Assert.Throws<InvalidFernetTokenException>(decrypt);
        }
    }

    [Theory]
    [InlineData(-36_000)]
    [InlineData(365 * 86_400)]
    public void WithoutTtlNeitherAgeNorClockSkewIsChecked(int secondsAfterIssue)
    {
        var token = new FernetCipher(_key, new FixedTimeProvider(Issued)).Encrypt("secret"u8);
        var reader = new FernetCipher(_key, new FixedTimeProvider(Issued + TimeSpan.FromSeconds(secondsAfterIssue)));

        Assert.Equal("secret"u8.ToArray(), reader.Decrypt(token));
    }

    [Fact]
    public void NegativeTtlIsACallerError()
    {
        var cipher = new FernetCipher(_key);

        Assert.Throws<ArgumentOutOfRangeException>(() => cipher.Decrypt(cipher.Encrypt("x"u8), TimeSpan.FromSeconds(-1)));
    }
}
