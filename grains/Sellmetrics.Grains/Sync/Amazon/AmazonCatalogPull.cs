using Sellmetrics.Profit.Facts;
using Sellmetrics.Sync.Amazon;

namespace Sellmetrics.Grains.Sync.Amazon;

/// <summary>
/// Catalog items and listings of every SKU the seller has sold or costed: title, brand, image, price, listing status. The
/// first read takes titles from the listings alone (getCatalogItem allows a third of getListingsItem's rate, and would put
/// a large catalog's titles minutes behind its orders); the daily reads add the catalog items' brand and images.
/// </summary>
internal sealed class AmazonCatalogPull : DatasetPull
{
    public override string Name => "catalog";

    public override bool HasHistory => false;

    public override bool ReadsNamedProducts => true;

    public override TimeSpan Period(SyncOptions options) => options.DailyPeriod;

    public override async Task<FactBatch> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var products = (await context.Facts.ListProductsAsync(context.TenantId, cancellationToken)).Where(p => p.MarketplaceId == context.MarketplaceId);
        var entries = new List<CatalogEntry>();
        var now = context.Time.GetUtcNow();
        foreach (var product in products)
        {
            var listing = await context.AmazonApi.GetListingsItemAsync(product.Sku, cancellationToken);
            var titled = listing?.Summaries?.Any(s => s.ItemName is { Length: > 0 }) == true;
            var item = product.Asin is { } asin && (kind != SyncStepKind.FirstMonth || !titled)
                ? await context.AmazonApi.GetCatalogItemAsync(asin, cancellationToken)
                : null;
            if (CatalogFacts.From(product.Sku, item, listing, context.MarketplaceId, now) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return new FactBatch(context.MarketplaceId) { Catalog = entries };
    }
}
