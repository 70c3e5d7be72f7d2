using Sellmetrics.Marketplaces.Walmart.Items;
using Sellmetrics.Profit.Facts;
using Sellmetrics.Profit.Marketplaces;

namespace Sellmetrics.Sync.Walmart;

/// <summary>The seller's Walmart items as catalog entries: name, price and publish status.</summary>
public static class WalmartItemFacts
{
    public static FactBatch From(IReadOnlyList<WalmartItem> items, DateTimeOffset observedAt) => new(WalmartMarketplaces.UnitedStates.Id)
    {
        Catalog = [.. items.Select(i => new CatalogEntry(
            i.Sku, i.Wpid, i.ProductName, null, null, i.Price?.Amount, i.Price?.Currency, i.PublishedStatus ?? i.LifecycleStatus, observedAt))],
    };
}
