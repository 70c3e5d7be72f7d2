using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Amazon.Authorization;
using Sellmetrics.Marketplaces.Auth;
using Sellmetrics.Marketplaces.Walmart;

namespace Sellmetrics.Marketplaces.Tests.Auth;

public sealed class RedactionTests
{
    private const string Secret = "canary-secret-0123456789";
    private const string RefreshToken = "Atzr|canary-refresh-token-abcdef";

    [Fact]
    public void AmazonCredentialsNeverPrintTheSecretOrTheRefreshToken()
    {
        var text = new AmazonSellerCredentials("amzn1.application-oa2-client.abcdef123", Secret, RefreshToken, "A1SELLER", "ATVPDKIKX0DER", AmazonRegion.NA).ToString();

        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(RefreshToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain("amzn1.application-oa2-client.abcdef123", text, StringComparison.Ordinal);
        Assert.Contains("A1SELLER", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WalmartCredentialsNeverPrintTheSecret()
    {
        var text = new WalmartSellerCredentials("walmart-client-id-1234", Secret).ToString();

        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("walmart-client-id-1234", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TokensAndAuthorizationsNeverPrintTheirValue()
    {
        Assert.DoesNotContain("Atza|canary", new AccessToken("Atza|canary", DateTimeOffset.UnixEpoch).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(RefreshToken, new AmazonAuthorization(Guid.NewGuid(), "A1SELLER", RefreshToken).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ARevokedAuthorizationNamesTheSellerButNoSecret()
    {
        var error = new MarketplaceAuthorizationRevokedException("Amazon", "A1SELLER", "invalid_grant");

        Assert.Contains("A1SELLER", error.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_grant", error.Message, StringComparison.Ordinal);
    }
}
