using Sellmetrics.Facts;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Days;
using Sellmetrics.Profit.Fees;
using Sellmetrics.Profit.Totals;
using static Sellmetrics.Profit.Tests.Given;

namespace Sellmetrics.Profit.Tests.Fees;

public sealed class OrderFeeTests
{
    [Fact]
    public void OrderFeesCountOnThePurchaseDateEvenWhenPostedDaysLater()
    {
        var facts = ForSku() with
        {
            Orders = [Order("o1", "2026-03-10T15:00:00Z")],
            Items = [Item("o1", 1, 25.00m)],
            Fees =
            [
                Fee("o1", "Commission", -3.75m, "2026-03-13T02:00:00Z"),
                Fee("o1", "FBAPerUnitFulfillmentFee", -3.22m, "2026-03-13T02:00:00Z"),
                Fee("o1", "FixedClosingFee", -1.80m, "2026-03-13T02:00:00Z"),
            ],
        };

        var buckets = DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default);

        var bucket = Assert.Single(buckets);
        Assert.Equal(Day("2026-03-10"), bucket.Day);
        Assert.Equal(new FeeBreakdown(3.75m, 3.22m, 0m, 1.80m), bucket.Fees);
        Assert.Equal(8.77m, bucket.Fees.Total);
        Assert.Equal(FeeBreakdown.Zero, bucket.EstimatedFees);
    }

    [Fact]
    public void AFeeForAnOrderNotSeenYetCountsOnItsPostedDate()
    {
        var facts = ForSku() with { Fees = [Fee("o9", "Commission", -2.00m, "2026-03-13T02:00:00Z")] };

        var bucket = DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default).On("2026-03-13");

        Assert.Equal(2.00m, bucket.Fees.Referral);
    }

    [Fact]
    public void AStorageFeeWithASkuCountsOnTheProductAndOneWithoutStaysAtTenantLevel()
    {
        var skuFacts = ForSku() with
        {
            ServiceFees = [new("sf1", AmazonUs, Mug, "FBAStorageFee", At("2026-03-07T00:00:00Z"), "USD", -12.34m)],
        };
        var tenantFacts = new TenantFacts
        {
            ServiceFees =
            [
                new("sf2", AmazonUs, null, "FBAStorageFee", At("2026-03-07T00:00:00Z"), "USD", -45.00m),
                new("sf3", AmazonUs, null, "Subscription", At("2026-03-07T00:00:00Z"), "USD", -39.99m),
            ],
        };
        var range = new DateRange(Day("2026-03-01"), Day("2026-03-31"));

        var product = DailyBucketCalculator.ComputeAll(skuFacts, ProfitRules.Default).On("2026-03-07");
        var tenant = TenantBucketCalculator.Compute(tenantFacts, range.Days(), ProfitRules.Default).On("2026-03-07");
        var totals = Assert.Single(ProfitReport.Summary([product, tenant], range).Totals);

        Assert.Equal(12.34m, product.Fees.Storage);
        Assert.Null(tenant.Sku);
        Assert.Equal(new FeeBreakdown(0m, 0m, 45.00m, 39.99m), tenant.Fees);
        Assert.Equal(new FeeTotals(0m, 0m, 57.34m, 39.99m, 97.33m), totals.Fees);
        Assert.Equal(-97.33m, totals.NetProfit);
    }
}
