using Sellmetrics.Facts;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Marketplaces.Walmart.Items;

namespace Sellmetrics.Mappers.Walmart;

/// <summary>The seller's Walmart items as catalog entries: name, price and publish status.</summary>
public static class WalmartItemFacts
{
    public static FactBatch From(IReadOnlyList<WalmartItem> items, DateTimeOffset observedAt) => new(WalmartMarketplaces.UnitedStates.Id)
    {
        Catalog = [.. items.Select(i => new CatalogEntry(
            i.Sku, i.Wpid, i.ProductName, null, null, i.Price?.Amount, i.Price?.Currency, i.PublishedStatus ?? i.LifecycleStatus, observedAt))],
    };
}
