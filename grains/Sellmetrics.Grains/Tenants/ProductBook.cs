using Sellmetrics.Facts.Costs;
using Sellmetrics.Grains.Products;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Days;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Grains.Tenants;

/// <summary>What a TenantGrain keeps of one product: identity, unit costs and its daily buckets by day.</summary>
internal sealed class ProductBook(ProductIdentity identity, IReadOnlyList<CogsEntry> costs, Dictionary<DateOnly, IReadOnlyList<DailyBucket>> days)
{
    public ProductIdentity Identity { get; private set; } = identity;

    public IReadOnlyList<CogsEntry> Costs { get; private set; } = costs;

    public static ProductBook From(ProductBuckets product) => new(
        product.Product, product.Costs, product.Buckets.GroupBy(b => b.Day).ToDictionary(g => g.Key, g => (IReadOnlyList<DailyBucket>)[.. g]));

    public IEnumerable<DailyBucket> InRange(DateRange range) =>
        range.Days().Where(days.ContainsKey).SelectMany(day => days[day]);

    public void Replace(ProductChanged change)
    {
        Identity = change.Product;
        Costs = change.Costs;
        var byDay = change.Buckets.ToLookup(b => b.Day);
        foreach (var day in change.Days)
        {
            if (byDay[day].Any())
            {
                days[day] = [.. byDay[day]];
            }
            else
            {
                days.Remove(day);
            }
        }
    }
}
