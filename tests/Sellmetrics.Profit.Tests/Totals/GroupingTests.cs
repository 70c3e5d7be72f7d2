using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Days;
using Sellmetrics.Profit.Totals;
using static Sellmetrics.Profit.Tests.Given;

namespace Sellmetrics.Profit.Tests.Totals;

public sealed class GroupingTests
{
    private static readonly DateRange March = new(Day("2026-03-01"), Day("2026-03-31"));

    [Fact]
    public void CurrenciesAreKeptApartAndNeverConverted()
    {
        var us = ForSku() with { Orders = [Order("o1", "2026-03-02T10:00:00Z")], Items = [Item("o1", 1, 20.00m)] };
        var canada = ForSku(marketplace: "A2EUQ1WTGCTBG2") with
        {
            Orders = [Order("c1", "2026-03-02T10:00:00Z", marketplace: "A2EUQ1WTGCTBG2")],
            Items = [Item("c1", 1, 27.00m, currency: "CAD")],
        };
        var buckets = DailyBucketCalculator.ComputeAll(us, ProfitRules.Default)
            .Concat(DailyBucketCalculator.ComputeAll(canada, ProfitRules.Default));

        var totals = ProfitReport.Summary(buckets, March).Totals;

        Assert.Equal(new[] { "CAD", "USD" }, totals.Select(t => t.Currency));
        Assert.Equal(27.00m, totals[0].Revenue);
        Assert.Equal(4.05m, totals[0].EstimatedFees);
        Assert.Equal(20.00m, totals[1].Revenue);
        Assert.Equal(3.00m, totals[1].EstimatedFees);
    }

    [Fact]
    public void AnOrderWithTwoSkusCountsOnceAtTenantLevel()
    {
        var order = Order("o1", "2026-03-02T10:00:00Z");
        var mug = ForSku() with { Orders = [order], Items = [Item("o1", 1, 20.00m), Item("o1", 1, 8.00m, sku: "LID-01")] };
        var lid = ForSku(sku: "LID-01") with { Orders = [order], Items = mug.Items };
        var buckets = DailyBucketCalculator.ComputeAll(mug, ProfitRules.Default)
            .Concat(DailyBucketCalculator.ComputeAll(lid, ProfitRules.Default))
            .ToList();

        var totals = Assert.Single(ProfitReport.Summary(buckets, March).Totals);

        Assert.All(buckets, b => Assert.Equal(1, b.Orders));
        Assert.Equal(1, totals.Orders);
        Assert.Equal(2, totals.Units);
        Assert.Equal(28.00m, totals.Revenue);
    }
}
