using Sellmetrics.Security.Fernet;

namespace Sellmetrics.Security.Tests.Fernet;

public sealed class FernetKeyTests
{
    [Fact]
    public void GeneratedKeyIsFortyFourPaddedUrlSafeCharactersThatParseBack()
    {
        var text = FernetKey.Generate().ToBase64UrlString();

        Assert.Equal(44, text.Length);
        Assert.EndsWith("=", text, StringComparison.Ordinal);
        Assert.Equal(text, FernetKey.Parse(text).ToBase64UrlString());
    }

    [Fact]
    public void GeneratedKeysDiffer()
    {
        Assert.NotEqual(FernetKey.Generate().ToBase64UrlString(), FernetKey.Generate().ToBase64UrlString());
    }

    [Fact]
    public void KeyWithoutPaddingIsAccepted()
    {
        var text = FernetKey.Generate().ToBase64UrlString();

        Assert.Equal(text, FernetKey.Parse(text.TrimEnd('=')).ToBase64UrlString());
    }

    [Fact]
    public void KeyToStringNeverShowsKeyMaterial()
    {
        var key = FernetKey.Generate();

        Assert.Equal("FernetKey(redacted)", key.ToString());
        Assert.Equal("FernetKey(redacted)", $"{key}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4")]
    [InlineData("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4e4e4=")]
    [InlineData("cw/0x689RpI+jtRR7oE8h/eQsKImvJapLeSbXpwF4e4=")]
    [InlineData("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF 4e4=")]
    [InlineData("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4==")]
    public void MalformedKeyIsRejectedWithoutEchoingIt(string text)
    {
        var error = Assert.Throws<FormatException>(() => FernetKey.Parse(text));

        Assert.Contains("32 bytes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0x689RpI", error.Message, StringComparison.Ordinal);
        Assert.False(FernetKey.TryParse(text, out _));
    }
}
