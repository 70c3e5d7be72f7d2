namespace Sellmetrics.Sandbox.Listings;

/// <summary>
/// The sandbox's own record of one listing at an instant in one marketplace (what the listing monitor should have seen):
/// title, bullets, image links (main first), price, availability, the Buy Box winner and when it last changed.
/// </summary>
public sealed record ListingSnapshotResponse(
    string Sku,
    string Asin,
    string MarketplaceId,
    string Title,
    IReadOnlyList<string> Bullets,
    IReadOnlyList<string> Images,
    decimal Price,
    string Currency,
    string Availability,
    string BuyBoxWinner,
    bool OwnsBuyBox,
    DateTimeOffset LastUpdated);
