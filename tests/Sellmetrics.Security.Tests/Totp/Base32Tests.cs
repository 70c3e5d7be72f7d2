using System.Text;
using Sellmetrics.Security.Totp;

namespace Sellmetrics.Security.Tests.Totp;

public sealed class Base32Tests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY======")]
    [InlineData("fo", "MZXQ====")]
    [InlineData("foo", "MZXW6===")]
    [InlineData("foob", "MZXW6YQ=")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI======")]
    [InlineData("12345678901234567890", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")]
    public void Rfc4648VectorRoundTrips(string text, string encoded)
    {
        var bytes = Encoding.ASCII.GetBytes(text);

        Assert.Equal(encoded.TrimEnd('='), Base32.Encode(bytes));
        Assert.Equal(bytes, Base32.Decode(encoded));
        Assert.Equal(bytes, Base32.Decode(encoded.TrimEnd('=')));
        Assert.Equal(bytes, Base32.Decode(encoded.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("MZXW6YT1")]
    [InlineData("MZXW 6YTB")]
    [InlineData("M")]
    [InlineData("MZX")]
    [InlineData("MZXW6Y")]
    [InlineData("MY=")]
    [InlineData("MY=A====")]
    public void MalformedTextIsRejected(string text)
    {
        Assert.Throws<FormatException>(() => Base32.Decode(text));
    }
}
