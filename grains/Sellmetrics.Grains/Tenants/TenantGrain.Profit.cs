using Sellmetrics.Facts;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Grains.Products;
using Sellmetrics.Profit;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Days;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Grains.Tenants;

public sealed partial class TenantGrain
{
    private Dictionary<(string Marketplace, string Sku), ProductBook>? _products;
    private TenantFacts? _tenantFacts;
    private ProfitRules? _rules;

    public async Task<ProfitSummary> GetProfitSummaryAsync(DateRange range, string? marketplace) =>
        ProfitReport.Summary(await BucketsAsync(range, marketplace), range, marketplace);

    public async Task<ValueList<DailyProfit>> GetDailyProfitAsync(DateRange range, string? marketplace) =>
        ProfitReport.Daily(await BucketsAsync(range, marketplace), range, marketplace);

    public async Task<IReadOnlyList<ProductProfitRow>> GetProductsAsync(DateRange range, string? marketplace)
    {
        var products = await ProductsAsync();
        return [.. products.Values
            .Where(p => marketplace is null || p.Identity.MarketplaceId == marketplace)
            .OrderBy(p => p.Identity.MarketplaceId, StringComparer.Ordinal)
            .ThenBy(p => p.Identity.Sku, StringComparer.Ordinal)
            .SelectMany(p => RowsOf(p, range))];
    }

    public async Task<int> ImportUnitCostsAsync(IReadOnlyList<CogsImportLine> lines, string actor)
    {
        var entries = lines.Select(l => new MarketplaceFact<CogsEntry>(l.MarketplaceId, new CogsEntry(l.Sku, l.UnitCost, l.Currency, l.EffectiveFrom))).ToList();
        var learnedAt = time.GetUtcNow();
        var stored = await unitCosts.ImportAsync(TenantId, entries, actor, learnedAt);
        await Task.WhenAll(lines.Select(l => (l.MarketplaceId, l.Sku)).Distinct()
            .Select(p => GrainFactory.GetProductGrain(TenantId, p.MarketplaceId, p.Sku).ReloadAsync()));
        await NoteActivityAsync([.. lines.TakeLast(FeedLength)
            .Select(l => ActivityEvents.UnitCost(l.MarketplaceId, l.Sku, l.UnitCost, l.Currency, l.EffectiveFrom, learnedAt))]);
        return stored;
    }

    public Task ProductChangedAsync(ProductChanged change)
    {
        if (_products is not null)
        {
            var key = (change.Product.MarketplaceId, change.Product.Sku);
            if (!_products.TryGetValue(key, out var book))
            {
                _products[key] = book = new ProductBook(change.Product, change.Costs, []);
            }

            book.Replace(change);
        }

        NoteChanged(change);

        return Task.CompletedTask;
    }

    public Task TenantFactsChangedAsync()
    {
        _tenantFacts = null;
        NoteTenantLevelChanged();
        return Task.CompletedTask;
    }

    private async Task<IEnumerable<DailyBucket>> BucketsAsync(DateRange range, string? marketplace)
    {
        var products = await ProductsAsync();
        var ownBuckets = TenantBucketCalculator.Compute(await TenantFactsAsync(), range.Days(), await RulesAsync());
        return products.Values
            .Where(p => marketplace is null || p.Identity.MarketplaceId == marketplace)
            .SelectMany(p => p.InRange(range))
            .Concat(ownBuckets);
    }

    private async Task<Dictionary<(string Marketplace, string Sku), ProductBook>> ProductsAsync()
    {
        if (_products is null)
        {
            var identities = await facts.ListProductsAsync(TenantId);
            var loaded = await Task.WhenAll(identities.Select(p => GrainFactory.GetProductGrain(TenantId, p.MarketplaceId, p.Sku).GetBucketsAsync()));
            // Changes that arrived while loading were queued behind this call and are applied after it.
            _products ??= loaded.ToDictionary(p => (p.Product.MarketplaceId, p.Product.Sku), ProductBook.From);
        }

        return _products;
    }

    private async Task<TenantFacts> TenantFactsAsync()
    {
        if (_tenantFacts is null)
        {
            var own = await facts.LoadTenantLevelAsync(TenantId);
            _tenantFacts = own with { RecurringCosts = await GetRecurringCostsAsync() };
        }

        return _tenantFacts;
    }

    private async Task<ProfitRules> RulesAsync() => _rules ??= ProfitRules.InZone(await tenants.GetTimeZoneAsync(TenantId));

    private static ValueList<ProductProfitRow> RowsOf(ProductBook book, DateRange range) =>
        ProfitReport.Product(book.Identity, book.InRange(range), range, new CogsSchedule(book.Costs));
}
