using Sellmetrics.Security.Fernet;

namespace Sellmetrics.Security.Tests.Fernet;

public sealed class FernetKeyRingTests
{
    private static readonly DateTimeOffset Issued = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly FernetKey _oldKey = FernetKey.Generate();
    private readonly FernetKey _newKey = FernetKey.Generate();

    [Fact]
    public void TokenSealedUnderTheOldKeyDecryptsAfterANewKeyIsPutFirst()
    {
        var token = new FernetCipher(_oldKey).Encrypt("credential"u8);

        Assert.Equal("credential"u8.ToArray(), new FernetKeyRing([_newKey, _oldKey]).Decrypt(token));
    }

    [Fact]
    public void RingEncryptsWithItsFirstKeyOnly()
    {
        var token = new FernetKeyRing([_newKey, _oldKey]).Encrypt("credential"u8);

        Assert.Equal("credential"u8.ToArray(), new FernetCipher(_newKey).Decrypt(token));
        Assert.Throws<InvalidFernetTokenException>(() => new FernetCipher(_oldKey).Decrypt(token));
    }

    [Fact]
    public void RotateReSealsUnderTheFirstKeyWithTheOriginalTimestampAndAFreshIv()
    {
        var token = new FernetCipher(_oldKey, new FixedTimeProvider(Issued)).Encrypt("credential"u8);
        var later = new FixedTimeProvider(Issued + TimeSpan.FromDays(400));

        var rotated = new FernetKeyRing([_newKey, _oldKey], later).Rotate(token);

        Assert.Equal("credential"u8.ToArray(), new FernetCipher(_newKey).Decrypt(rotated));
        Assert.Throws<InvalidFernetTokenException>(() => new FernetCipher(_oldKey).Decrypt(rotated));
        Assert.Equal(TokenText.Timestamp(token), TokenText.Timestamp(rotated));
        Assert.Equal((ulong)Issued.ToUnixTimeSeconds(), TokenText.Timestamp(rotated));
        Assert.NotEqual(TokenText.Iv(token), TokenText.Iv(rotated));
    }

    [Fact]
    public void RotateRejectsATokenNoKeyInTheRingCanOpen()
    {
        var token = new FernetCipher(FernetKey.Generate()).Encrypt("credential"u8);

        Assert.Throws<InvalidFernetTokenException>(() => new FernetKeyRing([_newKey, _oldKey]).Rotate(token));
    }

    [Fact]
    public void ConfigurationValueWithSeveralKeysDecryptsWithAnyOfThem()
    {
        var value = $" {_newKey.ToBase64UrlString()} ,{_oldKey.ToBase64UrlString()},";
        var token = new FernetCipher(_oldKey).Encrypt("credential"u8);

        var ring = FernetKeyRing.Parse(value);

        Assert.Equal(2, ring.Count);
        Assert.Equal("credential"u8.ToArray(), ring.Decrypt(token));
        Assert.Equal("credential"u8.ToArray(), new FernetCipher(_newKey).Decrypt(ring.Encrypt("credential"u8)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ")]
    public void EmptyConfigurationValueFailsNamingTheSetting(string? value)
    {
        var error = Assert.Throws<FormatException>(() => FernetKeyRing.Parse(value));

        Assert.Contains(FernetKeyRing.ConfigurationKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidConfigurationEntryIsNamedByPositionWithoutItsText()
    {
        var good = _newKey.ToBase64UrlString();
        var bad = good[..40];

        var error = Assert.Throws<FormatException>(() => FernetKeyRing.Parse($"{good},{bad}"));

        Assert.Contains("Entry 2 of 2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bad[..8], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RingWithoutKeysCannotBeBuilt()
    {
        Assert.Throws<ArgumentException>(() => new FernetKeyRing([]));
    }

    [Fact]
    public void RingToStringIsRedacted()
    {
        var text = new FernetKeyRing([_newKey, _oldKey]).ToString();

        Assert.Equal("FernetKeyRing(2 keys, redacted)", text);
    }
}
