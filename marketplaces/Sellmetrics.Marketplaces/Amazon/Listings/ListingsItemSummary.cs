namespace Sellmetrics.Marketplaces.Amazon.Listings;

/// <summary>A listing's summary in one marketplace; <see cref="Status"/> holds BUYABLE and/or DISCOVERABLE.</summary>
public sealed record ListingsItemSummary(
    string MarketplaceId,
    string? Asin,
    string? ProductType,
    string? ConditionType,
    IReadOnlyList<string>? Status,
    string? FnSku,
    string? ItemName,
    DateTimeOffset? CreatedDate,
    DateTimeOffset? LastUpdatedDate,
    ListingsImage? MainImage);
