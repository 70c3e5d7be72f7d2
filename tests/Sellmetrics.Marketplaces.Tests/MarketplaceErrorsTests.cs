namespace Sellmetrics.Marketplaces.Tests;

public sealed class MarketplaceErrorsTests
{
    [Theory]
    [InlineData("""{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota"}]}""", "QuotaExceeded")]
    [InlineData("""{"errors":{"error":[{"code":"UNAUTHORIZED.GMP_GATEWAY_API"}]}}""", "UNAUTHORIZED.GMP_GATEWAY_API")]
    [InlineData("""{"error":"invalid_grant","error_description":"revoked"}""", "invalid_grant")]
    [InlineData("""{"payload":{}}""", null)]
    [InlineData("not json", null)]
    public void TheFirstErrorCodeIsReadFromEachMarketplaceShape(string body, string? expected)
    {
        Assert.Equal(expected, MarketplaceErrors.FirstCode(body));
    }
}
