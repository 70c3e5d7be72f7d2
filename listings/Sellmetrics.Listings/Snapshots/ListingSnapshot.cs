namespace Sellmetrics.Listings.Snapshots;

/// <summary>
/// A listing as the marketplace showed it at <see cref="TakenAt"/>: what a shopper sees (title, bullets, images, price,
/// availability), the marketplace's issues with it, and who held the Buy Box (<see cref="OurSellerId"/> when we did).
/// </summary>
public sealed record ListingSnapshot(
    string Marketplace,
    string Sku,
    string? Asin,
    string? Title,
    IReadOnlyList<string> BulletPoints,
    string? MainImage,
    IReadOnlyList<string> OtherImages,
    decimal? Price,
    string? Currency,
    string? Availability,
    IReadOnlyList<string> Issues,
    string? BuyBoxWinner,
    DateTimeOffset TakenAt)
{
    /// <summary>The Buy Box winner a snapshot names when the seller itself holds it.</summary>
    public const string OurSellerId = "self";

    public bool HasBuyBox => BuyBoxWinner == OurSellerId;
}
