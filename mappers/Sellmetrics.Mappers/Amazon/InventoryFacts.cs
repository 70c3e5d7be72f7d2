using Sellmetrics.Facts;
using Sellmetrics.Marketplaces.Amazon.Inventory;

namespace Sellmetrics.Mappers.Amazon;

/// <summary>FBA inventory summaries as the day's stock per SKU in Amazon's fulfillment network.</summary>
public static class InventoryFacts
{
    public const string Location = "FBA";

    public static FactBatch From(IReadOnlyList<InventorySummary> summaries, DateOnly day, DateTimeOffset observedAt, string marketplaceId) => new(marketplaceId)
    {
        Inventory = [.. summaries.Where(s => s.SellerSku is not null).Select(s => new InventoryLevel(
            s.SellerSku!,
            s.Asin,
            Location,
            day,
            s.InventoryDetails?.FulfillableQuantity ?? 0,
            (s.InventoryDetails?.InboundWorkingQuantity ?? 0) + (s.InventoryDetails?.InboundShippedQuantity ?? 0) + (s.InventoryDetails?.InboundReceivingQuantity ?? 0),
            s.InventoryDetails?.ReservedQuantity?.TotalReservedQuantity ?? 0,
            s.InventoryDetails?.UnfulfillableQuantity?.TotalUnfulfillableQuantity ?? 0,
            observedAt))],
    };
}
