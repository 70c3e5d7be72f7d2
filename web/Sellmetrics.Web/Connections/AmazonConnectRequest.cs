namespace Sellmetrics.Web.Connections;

/// <summary>The body of <c>PUT /api/connections/amazon</c>: SP-API credentials entered by hand.</summary>
public sealed record AmazonConnectRequest(string? LwaClientId, string? LwaClientSecret, string? RefreshToken, string? SellerId, string? MarketplaceId)
{
    public override string ToString() => $"AmazonConnectRequest({SellerId}, {MarketplaceId}, secrets redacted)";
}
