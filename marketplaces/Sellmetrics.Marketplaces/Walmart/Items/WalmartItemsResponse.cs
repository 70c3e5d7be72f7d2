using System.Text.Json.Serialization;

namespace Sellmetrics.Marketplaces.Walmart.Items;

internal sealed record WalmartItemsResponse(
    [property: JsonPropertyName("ItemResponse")] IReadOnlyList<WalmartItem>? ItemResponse,
    int? TotalItems,
    string? NextCursor);
