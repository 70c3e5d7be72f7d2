using Sellmetrics.Facts;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Marketplaces.Walmart.Inventory;

namespace Sellmetrics.Mappers.Walmart;

/// <summary>WFS inventory as the day's stock per SKU and ship node.</summary>
public static class WalmartInventoryFacts
{
    public static FactBatch From(IReadOnlyList<WfsInventoryItem> items, DateOnly day, DateTimeOffset observedAt) => new(WalmartMarketplaces.UnitedStates.Id)
    {
        Inventory = [.. items.SelectMany(i => (i.ShipNodes ?? []).Select((node, n) => new InventoryLevel(
            i.Sku, null, $"WFS:{node.ShipNodeType ?? n.ToString(System.Globalization.CultureInfo.InvariantCulture)}", day,
            node.AvailToSellQty ?? 0, 0, Math.Max(0, (node.OnHandQty ?? 0) - (node.AvailToSellQty ?? 0)), 0, observedAt)))],
    };
}
