namespace Sellmetrics.Grains.Sync;

/// <summary>A seller's SP-API credentials as entered (or obtained by the website authorization flow); plain text only in memory.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.amazon-connection-request")]
public sealed record AmazonConnectionRequest(
    [property: Id(0)] string LwaClientId,
    [property: Id(1)] string LwaClientSecret,
    [property: Id(2)] string RefreshToken,
    [property: Id(3)] string SellerId,
    [property: Id(4)] string MarketplaceId,
    [property: Id(5)] string Region)
{
    public override string ToString() => $"AmazonConnectionRequest({SellerId}, {MarketplaceId}, {Region}, secrets redacted)";
}
