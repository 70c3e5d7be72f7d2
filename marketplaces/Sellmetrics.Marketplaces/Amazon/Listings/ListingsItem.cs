namespace Sellmetrics.Marketplaces.Amazon.Listings;

/// <summary>A Listings Items 2021-08-01 listing of one SKU.</summary>
public sealed record ListingsItem(
    string Sku,
    IReadOnlyList<ListingsItemSummary>? Summaries,
    IReadOnlyList<ListingsIssue>? Issues,
    IReadOnlyList<ListingsOffer>? Offers,
    IReadOnlyList<FulfillmentAvailability>? FulfillmentAvailability);
