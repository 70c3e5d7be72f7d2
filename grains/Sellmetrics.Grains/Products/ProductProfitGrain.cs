using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sellmetrics.Data.Costs;
using Sellmetrics.Data.Facts;
using Sellmetrics.Data.Identity;
using Sellmetrics.Facts;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Profit;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Days;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Grains.Products;

// The tenant schema is this grain's store: it rebuilds from the SKU's facts on activation, so it keeps no grain state of
// its own and never writes one under import.
public sealed partial class ProductProfitGrain(
    FactReader facts,
    CogsStore costs,
    TenantStore tenants,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    ILogger<ProductProfitGrain> logger) : Grain, IProductProfitGrain
{
    private Guid _tenantId;
    private string _marketplace = string.Empty;
    private string _sku = string.Empty;
    private ProfitRules _rules = ProfitRules.Default;
    private SkuFacts _facts = new(string.Empty, string.Empty);
    private ProductIdentity _identity = new(string.Empty, string.Empty);
    private SortedDictionary<DateOnly, ValueList<DailyBucket>> _days = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (tenantId, rest) = GrainKeys.Split(this.GetPrimaryKeyString());
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        (_tenantId, _marketplace, _sku) = (tenantId, rest[..slash], rest[(slash + 1)..]);
        await LoadAsync(cancellationToken);
    }

    public async Task ApplyAsync(SkuFacts batch)
    {
        var merged = _facts.Merge(batch);
        var touched = TouchedDays.Of(batch, merged, _rules).ToHashSet();
        // Where the batch's facts, and the known facts of its orders, stood before: a fee posted before its order was
        // known sat on its posted day and must leave it.
        var related = RelatedFactIds.Of(batch, _facts);
        touched.UnionWith(_days.Where(day => day.Value.Any(b => b.Lines.Any(l => related.Contains(l.FactId)))).Select(day => day.Key));
        _facts = merged;
        if (_identity.Asin is null && merged.Items.FirstOrDefault() is { } item)
        {
            _identity = _identity with { Asin = item.ProductId };
        }

        await ReplaceDaysAsync(touched);
    }

    public Task<ProductBuckets> GetBucketsAsync() =>
        Task.FromResult(new ProductBuckets(_identity, new(_facts.Costs), new(_days.Values.SelectMany(WithoutLines))));

    public Task<ValueList<DailyBucket>> ExplainAsync(DateRange range) =>
        Task.FromResult(new ValueList<DailyBucket>(_days.Where(d => range.Contains(d.Key)).SelectMany(d => d.Value)));

    public async Task CatalogChangedAsync()
    {
        _identity = await IdentityAsync();
        await TellTenantAsync([]);
    }

    public async Task SetUnitCostAsync(CogsEntry entry, string actor)
    {
        var learnedAt = time.GetUtcNow();
        await costs.SetAsync(_tenantId, _marketplace, entry, actor, learnedAt);
        await ApplyAsync(new SkuFacts(_marketplace, _sku) { Costs = [entry] });
        await GrainFactory.GetTenant<ITenantDashboard>(_tenantId).NoteActivityAsync(
            [ActivityEvents.UnitCost(_marketplace, _sku, entry.UnitCost, entry.Currency, entry.EffectiveFrom, learnedAt)]);
    }

    public async Task ReloadAsync()
    {
        var before = _days.Keys.ToHashSet();
        await LoadAsync(CancellationToken.None);
        before.UnionWith(_days.Keys);
        await TellTenantAsync(before);
    }

    public Task ForgetAsync()
    {
        _facts = new SkuFacts(_marketplace, _sku);
        _days.Clear();
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        _rules = ProfitRules.InZone(await tenants.GetTimeZoneAsync(_tenantId, cancellationToken));
        _facts = await facts.LoadSkuAsync(_tenantId, _marketplace, _sku, cancellationToken);
        _identity = await IdentityAsync();
        var started = time.GetTimestamp();
        _days = new(DailyBucketCalculator.ComputeAll(_facts, _rules).GroupBy(b => b.Day).ToDictionary(g => g.Key, g => new ValueList<DailyBucket>(g)));
        LogLoaded(_sku, _facts.Orders.Count, _days.Count, time.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task ReplaceDaysAsync(IReadOnlySet<DateOnly> days)
    {
        if (days.Count == 0)
        {
            return;
        }

        var recomputed = DailyBucketCalculator.Compute(_facts, days, _rules).ToLookup(b => b.Day);
        foreach (var day in days)
        {
            if (recomputed[day].Any())
            {
                _days[day] = new(recomputed[day]);
            }
            else
            {
                _days.Remove(day);
            }
        }

        await TellTenantAsync(days);
    }

    private Task TellTenantAsync(IEnumerable<DateOnly> days)
    {
        var changed = days.Order().ToList();
        var buckets = changed.Where(_days.ContainsKey).SelectMany(d => WithoutLines(_days[d]));
        return GrainFactory.GetTenant<ITenantProfit>(_tenantId).ProductChangedAsync(new ProductChanged(_identity, new(_facts.Costs), new(changed), new(buckets)));
    }

    private async Task<ProductIdentity> IdentityAsync() =>
        await facts.FindProductAsync(_tenantId, _marketplace, _sku)
        ?? new ProductIdentity(_marketplace, _sku, _facts.Items.Select(i => i.ProductId).FirstOrDefault());

    private static IEnumerable<DailyBucket> WithoutLines(ValueList<DailyBucket> buckets) =>
        buckets.Select(b => b with { Lines = ValueList<Profit.Ledger.ProfitLine>.Empty });

    [LoggerMessage(Level = LogLevel.Debug, Message = "Product {Sku} loaded: {Orders} orders, {Days} days in {Milliseconds} ms")]
    private partial void LogLoaded(string sku, int orders, int days, double milliseconds);
}
