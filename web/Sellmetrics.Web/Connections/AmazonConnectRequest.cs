namespace Sellmetrics.Web.Connections;

/// <summary>
/// The body of <c>PUT /api/connections/amazon</c>: SP-API credentials entered by hand, and the marketplaces to track:
/// <c>marketplaceIds</c> (several of one region), else <c>marketplaceId</c> alone, else Amazon.com.
/// </summary>
public sealed record AmazonConnectRequest(
    string? LwaClientId, string? LwaClientSecret, string? RefreshToken, string? SellerId, string? MarketplaceId, IReadOnlyList<string>? MarketplaceIds = null)
{
    public override string ToString() => $"AmazonConnectRequest({SellerId}, {MarketplaceId}, {string.Join(' ', MarketplaceIds ?? [])}, secrets redacted)";
}
