using Sellmetrics.Facts;
using Sellmetrics.Profit.Buckets;
using static Sellmetrics.Profit.Tests.Given;

namespace Sellmetrics.Profit.Tests.Revenue;

public sealed class RevenueTests
{
    [Fact]
    public void RevenueIsItemPricePlusShippingAndGiftWrapLessPromotionAndShippingDiscountsWithoutTax()
    {
        var item = Item("o1", 2, 25.00m) with
        {
            ShippingPrice = 4.99m,
            GiftWrapPrice = 3.00m,
            PromotionDiscount = 2.50m,
            ShippingDiscount = 4.99m,
            Tax = 2.10m,
        };
        var facts = ForSku() with { Orders = [Order("o1", "2026-03-10T15:00:00Z")], Items = [item] };

        var bucket = DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default).On("2026-03-10");

        Assert.Equal(25.50m, bucket.Revenue);
        Assert.Equal(2, bucket.Units);
        Assert.Equal(1, bucket.Orders);
    }

    [Fact]
    public void ACancelledOrderAddsNoRevenueUnitsOrdersCogsOrEstimatedFees()
    {
        var facts = ForSku() with
        {
            Orders = [Order("o1", "2026-03-10T15:00:00Z", OrderStatus.Cancelled), Order("o2", "2026-03-10T16:00:00Z")],
            Items = [Item("o1", 5, 100.00m), Item("o2", 1, 20.00m)],
            Costs = [new("MUG-01", 4.00m, "USD", Day("2026-01-01"))],
        };

        var bucket = DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default).On("2026-03-10");

        Assert.Equal(20.00m, bucket.Revenue);
        Assert.Equal(1, bucket.Units);
        Assert.Equal(new[] { "o2" }, bucket.OrderIds);
        Assert.Equal(4.00m, bucket.Cogs);
        Assert.Equal(3.00m, bucket.EstimatedFees.Total);
    }

    [Fact]
    public void AMultiUnitItemCountsEveryUnitButItsOrderOnce()
    {
        var facts = ForSku() with
        {
            Orders = [Order("o1", "2026-03-10T09:00:00Z"), Order("o2", "2026-03-10T11:00:00Z")],
            Items = [Item("o1", 3, 29.97m), Item("o2", 1, 9.99m)],
        };

        var bucket = DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default).On("2026-03-10");

        Assert.Equal(4, bucket.Units);
        Assert.Equal(2, bucket.Orders);
        Assert.Equal(39.96m, bucket.Revenue);
    }

    [Fact]
    public void AnItemWaitsForItsOrderHeaderBeforeItCounts()
    {
        var facts = ForSku() with { Items = [Item("o1", 1, 20.00m)] };

        Assert.Empty(DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default));
    }
}
