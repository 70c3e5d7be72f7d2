using System.Text.Json;

namespace Sellmetrics.Marketplaces.Amazon.Listings;

/// <summary>A Listings Items 2021-08-01 listing of one SKU.</summary>
public sealed record ListingsItem(
    string Sku,
    IReadOnlyList<ListingsItemSummary>? Summaries,
    IReadOnlyList<ListingsIssue>? Issues,
    IReadOnlyList<ListingsOffer>? Offers,
    IReadOnlyList<FulfillmentAvailability>? FulfillmentAvailability)
{
    /// <summary>The product-type attributes by name (<c>item_name</c>, <c>bullet_point</c>, <c>main_product_image_locator</c>,
    /// <c>other_product_image_locator_1</c>…), each an array of values per marketplace, as Amazon sends them.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Attributes { get; init; }
}
