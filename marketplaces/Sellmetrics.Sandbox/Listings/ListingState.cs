using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Listings;

/// <summary>
/// What one listing shows at an instant: title, bullets, images (main first), price, availability and the Buy Box
/// winner. <see cref="Price"/> is the catalog's dollar price, converted per marketplace, unless a change fixed it
/// (<see cref="FixedPrice"/>, shown as is in every marketplace).
/// </summary>
internal sealed record ListingState(
    Product Product,
    string Title,
    IReadOnlyList<string> Bullets,
    IReadOnlyList<string> ImageIds,
    decimal Price,
    decimal? FixedPrice,
    string Availability,
    string BuyBoxWinner,
    DateTimeOffset LastUpdated)
{
    public const string InStock = "IN_STOCK";

    public const string OutOfStock = "OUT_OF_STOCK";

    public bool IsBuyable => Availability == InStock;

    public decimal PriceIn(AmazonMarketplace marketplace) => FixedPrice ?? marketplace.Price(Price);
}
