using Sellmetrics.Facts;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Profit.Buckets;
using static Sellmetrics.Profit.Tests.Given;

namespace Sellmetrics.Profit.Tests.Cogs;

public sealed class CogsTests
{
    private static readonly CogsEntry[] Schedule =
    [
        new(Mug, 4.00m, "USD", Day("2026-01-01")),
        new(Mug, 4.60m, "USD", Day("2026-03-05")),
    ];

    private static SkuFacts TwoOrdersAroundACostChange() => ForSku() with
    {
        Orders = [Order("o1", "2026-03-04T23:00:00Z"), Order("o2", "2026-03-05T01:00:00Z")],
        Items = [Item("o1", 2, 40.00m), Item("o2", 3, 60.00m)],
        Costs = Schedule,
    };

    [Fact]
    public void CogsUsesTheUnitCostInForceOnEachOrdersPurchaseDate()
    {
        var buckets = DailyBucketCalculator.ComputeAll(TwoOrdersAroundACostChange(), ProfitRules.Default);

        Assert.Equal(8.00m, buckets.On("2026-03-04").Cogs);
        Assert.Equal(13.80m, buckets.On("2026-03-05").Cogs);
    }

    [Fact]
    public void ASellableReturnGivesBackTheCostChargedAtItsSaleOnTheReturnDate()
    {
        var facts = TwoOrdersAroundACostChange() with
        {
            Returns = [new("ret1", "o1", Mug, At("2026-03-20T10:00:00Z"), 1, "SELLABLE", Sellable: true)],
        };

        var buckets = DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default);

        Assert.Equal(8.00m, buckets.On("2026-03-04").Cogs);
        Assert.Equal(-4.00m, buckets.On("2026-03-20").Cogs);
        Assert.Equal(4.00m, buckets.On("2026-03-20").NetProfit);
    }

    [Fact]
    public void AnUnsellableReturnGivesNothingBack()
    {
        var facts = TwoOrdersAroundACostChange() with
        {
            Returns = [new("ret1", "o1", Mug, At("2026-03-20T10:00:00Z"), 1, "CUSTOMER_DAMAGED", Sellable: false)],
        };

        var buckets = DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default);

        Assert.DoesNotContain(buckets, b => b.Day == Day("2026-03-20"));
        Assert.Equal(8.00m, buckets.On("2026-03-04").Cogs);
    }

    [Fact]
    public void ASaleBeforeTheFirstUnitCostHasNoCogs()
    {
        var facts = ForSku() with
        {
            Orders = [Order("o1", "2025-12-31T12:00:00Z")],
            Items = [Item("o1", 1, 20.00m)],
            Costs = Schedule,
        };

        Assert.Equal(0m, DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default).On("2025-12-31").Cogs);
    }
}
