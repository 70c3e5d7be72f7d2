namespace Sellmetrics.Facts;

/// <summary>What the marketplace shows of one SKU's listing: catalog identity, title, image, price and listing status.</summary>
public sealed record CatalogEntry(
    string Sku,
    string? Asin,
    string? Title,
    string? Brand,
    string? ImageUrl,
    decimal? Price,
    string? Currency,
    string? ListingStatus,
    DateTimeOffset ObservedAt);
