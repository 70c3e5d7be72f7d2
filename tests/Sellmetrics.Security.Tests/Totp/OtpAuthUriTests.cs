using System.Text;
using Sellmetrics.Security.Totp;

namespace Sellmetrics.Security.Tests.Totp;

public sealed class OtpAuthUriTests
{
    private static readonly byte[] Secret = Encoding.ASCII.GetBytes("12345678901234567890");

    [Fact]
    public void UriCarriesIssuerAccountSecretAndParameters()
    {
        Assert.Equal(
            "otpauth://totp/Sellmetrics:anna%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Sellmetrics&algorithm=SHA1&digits=6&period=30",
            OtpAuthUri.Create("Sellmetrics", "anna@example.com", Secret));
    }

    [Fact]
    public void SpacesAndReservedCharactersArePercentEscaped()
    {
        var uri = OtpAuthUri.Create("Acme & Co", "jo+1 ü@x.com?a=b#c", Secret);

        Assert.StartsWith("otpauth://totp/Acme%20%26%20Co:jo%2B1%20%C3%BC%40x.com%3Fa%3Db%23c?secret=", uri, StringComparison.Ordinal);
        Assert.Contains("&issuer=Acme%20%26%20Co&", uri, StringComparison.Ordinal);
        Assert.True(Uri.TryCreate(uri, UriKind.Absolute, out var parsed));
        Assert.Equal("otpauth", parsed.Scheme);
    }

    [Theory]
    [InlineData("Sell:metrics", "anna")]
    [InlineData("Sellmetrics", "an:na")]
    [InlineData("", "anna")]
    [InlineData("Sellmetrics", " ")]
    public void IssuerOrAccountThatWouldBreakTheLabelIsRefused(string issuer, string account)
    {
        Assert.ThrowsAny<ArgumentException>(() => OtpAuthUri.Create(issuer, account, Secret));
    }
}
