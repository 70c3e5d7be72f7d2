using Sellmetrics.Facts;
using Sellmetrics.Mappers.Amazon;

namespace Sellmetrics.Grains.Connections.Amazon;

/// <summary>Catalog items and listings of every SKU the seller has sold or costed: title, image, price, listing status.</summary>
internal sealed class AmazonCatalogPull : DatasetPull
{
    public override string Name => "catalog";

    public override bool HasHistory => false;

    public override bool ReadsNamedProducts => true;

    public override TimeSpan Period(SyncOptions options) => options.DailyPeriod;

    public override async Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var products = (await context.Facts.ListProductsAsync(context.TenantId, cancellationToken)).Where(p => p.MarketplaceId == context.MarketplaceId);
        var entries = new List<CatalogEntry>();
        var now = context.Time.GetUtcNow();
        foreach (var product in products)
        {
            var item = product.Asin is { } asin ? await context.AmazonApi.GetCatalogItemAsync(asin, cancellationToken) : null;
            var listing = await context.AmazonApi.GetListingsItemAsync(product.Sku, cancellationToken);
            if (CatalogFacts.From(product.Sku, item, listing, context.MarketplaceId, now) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return [new FactBatch(context.MarketplaceId) { Catalog = entries }];
    }
}
