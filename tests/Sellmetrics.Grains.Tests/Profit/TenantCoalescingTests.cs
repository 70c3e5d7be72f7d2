using System.Collections.Concurrent;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Profit.Days;
using Sellmetrics.Testing;

namespace Sellmetrics.Grains.Tests.Profit;

/// <summary>A burst of product changes reaches the tenant's observers as a few coalesced notices, and the totals after them are right.</summary>
public sealed class TenantCoalescingTests(ProfitCluster cluster) : IClassFixture<ProfitCluster>
{
    private const int Products = 20;

    [Fact]
    public async Task ABurstOfProductChangesIsHeardInFewerNoticesThanChangesAndTheTotalsAfterThemEqualTheHandSums()
    {
        var tenantId = await cluster.ProvisionTenantAsync();
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
        var noon = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        // Product k sells k units at 10 + k each, with a referral fee of k and a fulfillment fee of 0.50 per unit.
        var sales = Enumerable.Range(1, Products)
            .Select(k => (Sku: $"SKU-{k:D2}", Facts: Sales.Order($"112-{k:D7}", $"SKU-{k:D2}", noon.AddDays(k % 3), units: k, unitPrice: 10m + k, referralFee: k, fulfillmentFee: 0.50m * k)))
            .ToList();
        await cluster.StoreAsync(tenantId, Sales.Together(sales.Select(s => s.Facts)));
        var grains = sales.Select(s => cluster.Client.GetProductGrain(tenantId, Sales.Us, s.Sku)).ToList();
        // Activated beforehand, so the burst is the changes alone, not twenty loads from the database.
        await Task.WhenAll(grains.Select(g => g.GetBucketsAsync()));
        var observer = new HeardNotices();
        var dashboard = cluster.Client.GetTenant<ITenantDashboard>(tenantId);
        await dashboard.SubscribeAsync(cluster.Client.CreateObjectReference<ITenantObserver>(observer));

        await Task.WhenAll(sales.Select((s, i) => grains[i].ApplyAsync(Sales.Of(s.Sku, s.Facts))));

        var allSkus = sales.Select(s => s.Sku).Order(StringComparer.Ordinal).ToList();
        await Eventually.HoldsAsync(
            () => Task.FromResult(observer.Products().SequenceEqual(allSkus)), TimeSpan.FromSeconds(30),
            "the observer did not hear of every changed product", TestContext.Current.CancellationToken);
        Assert.InRange(observer.Notices.Count, 1, Products - 1);
        Assert.Equal(
            Enumerable.Range(0, 3).Select(d => day.AddDays(d)),
            observer.Notices.SelectMany(n => n.Days).Distinct().Order());
        var totals = Assert.Single((await cluster.Client.GetTenant<ITenantProfit>(tenantId)
            .GetProfitSummaryAsync(new DateRange(day, day.AddDays(2)), null)).Totals);
        // By hand: units 1 + … + 20 = 210; revenue Σ k × (10 + k) = 10 × 210 + Σ k² (2,870) = 4,970; fees Σ 1.5 k = 315.
        Assert.Equal((210, 4970.00m, 315.00m, 4655.00m), (totals.Units, totals.Revenue, totals.Fees.Total, totals.NetProfit));
    }

    private sealed class HeardNotices : ITenantObserver
    {
        public ConcurrentQueue<TenantProfitChanged> Notices { get; } = new();

        public List<string> Products() => [.. Notices.SelectMany(n => n.Products).Select(p => p.Sku).Distinct().Order(StringComparer.Ordinal)];

        public Task ProfitChanged(TenantProfitChanged change)
        {
            Notices.Enqueue(change);
            return Task.CompletedTask;
        }

        public Task TenantClosed() => Task.CompletedTask;
    }
}
