namespace Sellmetrics.Sandbox.Sellers;

/// <summary>
/// What a sandbox seller hands an app: the Amazon selling-partner id, its home marketplace and region (getMarketplaceParticipations
/// lists every marketplace it sells in), the LWA client id and
/// secret with a refresh token (exchange at <c>/sandbox/amazon-auth/auth/o2/token</c>), and Walmart client
/// credentials (exchange at <c>/sandbox/walmart/v3/token</c>). Derived from the seller's seed, so a seed always
/// yields the same credentials. Returned by <c>POST /sandbox/control/sellers</c>, <c>POST /sandbox/control/sellers/scripted</c> and <c>GET /sandbox/control/sellers/default</c>.
/// </summary>
public sealed record SellerCredentials(
    string SellerId,
    string MarketplaceId,
    string LwaClientId,
    string LwaClientSecret,
    string RefreshToken,
    string WalmartClientId,
    string WalmartClientSecret)
{
    /// <summary>The SP-API region the seller is authorized in: NA or EU.</summary>
    public string Region { get; init; } = "NA";
}
