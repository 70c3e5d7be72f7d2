using Sellmetrics.Facts.Costs;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Profit.Days;

namespace Sellmetrics.Grains.Tests.Profit;

/// <summary>The product grain recomputes the days its changed facts and unit costs touch, to the hand-computed ledger.</summary>
public sealed class ProductProfitGrainTests(ProfitCluster cluster) : IClassFixture<ProfitCluster>
{
    private const string Sku = "MUG-1";

    [Fact]
    public async Task NewFactsAndAChangedUnitCostRecomputeTheProductsDaysToTheHandLedger()
    {
        var tenantId = await cluster.ProvisionTenantAsync();
        var product = cluster.Client.GetProductGrain(tenantId, Sales.Us, Sku);
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-5);
        var noon = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var first = Sales.Order("111-0000001", Sku, noon, units: 1, unitPrice: 20.00m, referralFee: 3.00m, fulfillmentFee: 4.00m);
        var second = Sales.Order("111-0000002", Sku, noon.AddHours(1), units: 2, unitPrice: 15.00m, referralFee: 4.50m, fulfillmentFee: 8.00m);
        await cluster.StoreAsync(tenantId, Sales.Together([first, second]));
        await product.ApplyAsync(Sales.Of(Sku, first, second));
        await product.SetUnitCostAsync(new CogsEntry(Sku, 6.00m, "USD", day.AddDays(-30)), "test");

        // Day 1 by hand: revenue 20 + 2 × 15 = 50; fees 3 + 4 + 4.50 + 8 = 19.50; COGS 3 units × 6 = 18; net 12.50.
        var before = Assert.Single((await product.GetBucketsAsync()).Buckets);
        Assert.Equal((day, 3, 50.00m, 7.50m, 12.00m, 18.00m, 12.50m), Figures(before));

        var later = Sales.Order("111-0000003", Sku, noon.AddDays(1), units: 1, unitPrice: 25.00m, referralFee: 3.75m, fulfillmentFee: 0.50m);
        await cluster.StoreAsync(tenantId, later);
        await product.ApplyAsync(Sales.Of(Sku, later));
        await product.SetUnitCostAsync(new CogsEntry(Sku, 7.00m, "USD", day), "test");

        // From day 1 a unit costs 7: day 1 COGS 21, net 50 − 19.50 − 21 = 9.50; day 2: 25 − 4.25 − 7 = 13.75.
        var after = (await product.GetBucketsAsync()).Buckets.OrderBy(b => b.Day).ToList();
        Assert.Equal(
            [(day, 3, 50.00m, 7.50m, 12.00m, 21.00m, 9.50m), (day.AddDays(1), 1, 25.00m, 3.75m, 0.50m, 7.00m, 13.75m)],
            after.Select(Figures));
        var summary = await cluster.Client.GetTenant<ITenantProfit>(tenantId).GetProfitSummaryAsync(new DateRange(day.AddDays(-1), day.AddDays(2)), null);
        var totals = Assert.Single(summary.Totals);
        Assert.Equal(("USD", 4, 75.00m, 23.75m, 28.00m, 23.25m), (totals.Currency, totals.Units, totals.Revenue, totals.Fees.Total, totals.Cogs, totals.NetProfit));
    }

    private static (DateOnly Day, int Units, decimal Revenue, decimal Referral, decimal Fulfillment, decimal Cogs, decimal Net) Figures(Sellmetrics.Profit.Buckets.DailyBucket bucket) =>
        (bucket.Day, bucket.Units, bucket.Revenue, bucket.Fees.Referral, bucket.Fees.Fulfillment, bucket.Cogs, bucket.NetProfit);
}
