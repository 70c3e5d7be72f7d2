namespace Sellmetrics.Grains.Connections;

/// <summary>
/// A seller's SP-API credentials as entered (or obtained by the website authorization flow); plain text only in memory.
/// The connection tracks <see cref="MarketplaceIds"/> when given (each one the seller must participate in), else <see cref="MarketplaceId"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.amazon-connection-request")]
public sealed record AmazonConnectionRequest(
    [property: Id(0)] string LwaClientId,
    [property: Id(1)] string LwaClientSecret,
    [property: Id(2)] string RefreshToken,
    [property: Id(3)] string SellerId,
    [property: Id(4)] string MarketplaceId,
    [property: Id(5)] string Region,
    [property: Id(6)] IReadOnlyList<string>? MarketplaceIds = null)
{
    public override string ToString() => $"AmazonConnectionRequest({SellerId}, {string.Join(' ', MarketplaceIds ?? [MarketplaceId])}, {Region}, secrets redacted)";
}
