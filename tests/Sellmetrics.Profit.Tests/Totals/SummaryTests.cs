using Sellmetrics.Facts;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Days;
using Sellmetrics.Profit.Totals;
using static Sellmetrics.Profit.Tests.Given;

namespace Sellmetrics.Profit.Tests.Totals;

public sealed class SummaryTests
{
    private static readonly Guid RecurringCostId = Guid.Parse("5b1f0c2e-0d4a-4a6e-9a57-3c1b7f2d9e01");

    private static readonly DateRange March = new(Day("2026-03-01"), Day("2026-03-31"));

    private static SkuFacts AMonthOfMugs() => ForSku() with
    {
        Orders = [Order("o1", "2026-03-02T10:00:00Z"), Order("o2", "2026-03-03T10:00:00Z")],
        Items = [Item("o1", 2, 100.00m), Item("o2", 1, 25.00m) with { ShippingPrice = 5.00m }],
        Fees =
        [
            Fee("o1", "Commission", -7.50m, "2026-03-04T00:00:00Z"),
            Fee("o1", "FBAPerUnitFulfillmentFee", -6.00m, "2026-03-04T00:00:00Z"),
            Fee("o2", "Commission", -4.50m, "2026-03-05T00:00:00Z"),
            Fee("o2", "FBAPerUnitFulfillmentFee", -3.00m, "2026-03-05T00:00:00Z"),
            Fee("o2", "VariableClosingFee", -1.35m, "2026-03-05T00:00:00Z"),
        ],
        Refunds = [new("r1", "o2", Mug, At("2026-03-20T10:00:00Z"), "USD", Principal: -25.00m, FeeAdjustments: 3.75m)],
        Reimbursements = [new("rb1", AmazonUs, Mug, At("2026-03-22T10:00:00Z"), "USD", 12.00m)],
        ServiceFees = [new("sf1", AmazonUs, Mug, "FBAStorageFee", At("2026-03-07T00:00:00Z"), "USD", -2.40m)],
        Costs = [new(Mug, 10.00m, "USD", Day("2026-01-01"))],
    };

    [Fact]
    public void NetProfitMarginAndRoiFollowTheDesignFormula()
    {
        var tenant = new TenantFacts
        {
            RecurringCosts = [new RecurringCost(RecurringCostId, "Repricer", "software", 31.00m, "USD", CostFrequency.Monthly, Day("2026-01-01"))],
        };
        var buckets = DailyBucketCalculator.ComputeAll(AMonthOfMugs(), ProfitRules.Default)
            .Concat(TenantBucketCalculator.Compute(tenant, March.Days(), ProfitRules.Default));

        var totals = Assert.Single(ProfitReport.Summary(buckets, March).Totals);

        // revenue 100 + 30; fees 13.50 + 8.85 + 2.40; refund 25 − 3.75; COGS 30; recurring 31.
        Assert.Equal(
            new ProfitTotals("USD", 130.00m, 3, 2, new FeeTotals(12.00m, 9.00m, 2.40m, 1.35m, 24.75m),
                21.25m, 12.00m, 30.00m, 31.00m, 35.00m, 0.2692m, 1.1667m, 0m),
            totals);
    }

    [Fact]
    public void MarginAndRoiAreNullWhenRevenueOrCogsIsZero()
    {
        var tenant = TenantBucketCalculator.Compute(
            new TenantFacts { ServiceFees = [new("sf1", AmazonUs, null, "Subscription", At("2026-03-05T00:00:00Z"), "USD", -39.99m)] },
            March.Days(),
            ProfitRules.Default);
        var noCogs = ForSku() with { Orders = [Order("o1", "2026-03-02T10:00:00Z")], Items = [Item("o1", 1, 20.00m)] };

        var feesOnly = Assert.Single(ProfitReport.Summary(tenant, March).Totals);
        var salesOnly = Assert.Single(ProfitReport.Summary(DailyBucketCalculator.ComputeAll(noCogs, ProfitRules.Default), March).Totals);

        Assert.Equal(-39.99m, feesOnly.NetProfit);
        Assert.Null(feesOnly.Margin);
        Assert.Null(feesOnly.Roi);
        Assert.Equal(17.00m, salesOnly.NetProfit);
        Assert.Equal(0.85m, salesOnly.Margin);
        Assert.Null(salesOnly.Roi);
    }

    [Fact]
    public void AmountsKeepFullPrecisionUntilTheyAreRoundedToTheCentHalfAwayFromZero()
    {
        var tenant = new TenantFacts
        {
            RecurringCosts = [new RecurringCost(RecurringCostId, "Tool", "software", 100.00m, "USD", CostFrequency.Monthly, Day("2026-01-01"))],
        };
        var dime = ForSku() with { Orders = [Order("o1", "2026-03-02T10:00:00Z")], Items = [Item("o1", 1, 0.30m)] };

        var daily = TenantBucketCalculator.Compute(tenant, March.Days(), ProfitRules.Default);
        var month = Assert.Single(ProfitReport.Summary(daily, March).Totals);
        var estimate = Assert.Single(ProfitReport.Summary(DailyBucketCalculator.ComputeAll(dime, ProfitRules.Default), March).Totals);

        Assert.Equal(100.00m / 31m, daily.On("2026-03-01").RecurringCosts);
        Assert.Equal(100.00m, month.RecurringCosts);
        Assert.Equal(0.05m, estimate.EstimatedFees);
        Assert.Equal(0.26m, estimate.NetProfit);
    }

    [Fact]
    public void AMarketplaceFilterKeepsThatMarketplaceAndLeavesOutRecurringCosts()
    {
        var tenant = new TenantFacts
        {
            RecurringCosts = [new RecurringCost(RecurringCostId, "Tool", "software", 1.00m, "USD", CostFrequency.Daily, Day("2026-01-01"))],
        };
        var buckets = DailyBucketCalculator.ComputeAll(AMonthOfMugs(), ProfitRules.Default)
            .Concat(TenantBucketCalculator.Compute(tenant, March.Days(), ProfitRules.Default))
            .ToList();

        var all = Assert.Single(ProfitReport.Summary(buckets, March).Totals);
        var amazonUs = Assert.Single(ProfitReport.Summary(buckets, March, AmazonUs).Totals);

        Assert.Equal(31.00m, all.RecurringCosts);
        Assert.Equal(0m, amazonUs.RecurringCosts);
        Assert.Equal(all.NetProfit + 31.00m, amazonUs.NetProfit);
    }

    [Fact]
    public void TheDailySeriesHasEveryDayOfTheRange()
    {
        var range = new DateRange(Day("2026-03-01"), Day("2026-03-07"));

        var daily = ProfitReport.Daily(DailyBucketCalculator.ComputeAll(AMonthOfMugs(), ProfitRules.Default), range);

        Assert.Equal(range.Days(), daily.Select(d => d.Date));
        Assert.Empty(daily[0].Totals);
        Assert.Equal(100.00m, Assert.Single(daily[1].Totals).Revenue);
        Assert.Equal(2.40m, Assert.Single(daily[6].Totals).Fees.Storage);
    }
}
