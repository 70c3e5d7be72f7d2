namespace Sellmetrics.Listings.Snapshots;

/// <summary>One attribute of one listing that differs between two snapshots, with its value before and after.</summary>
public sealed record ListingChange(
    string Marketplace,
    string Sku,
    string? Asin,
    ListingAttribute Attribute,
    string? Before,
    string? After,
    DateTimeOffset DetectedAt);
