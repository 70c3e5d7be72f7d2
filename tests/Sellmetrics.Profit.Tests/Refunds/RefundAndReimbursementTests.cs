using Sellmetrics.Facts;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Days;
using Sellmetrics.Profit.Ledger;
using static Sellmetrics.Profit.Tests.Given;

namespace Sellmetrics.Profit.Tests.Refunds;

public sealed class RefundAndReimbursementTests
{
    [Fact]
    public void ARefundCountsOnItsPostedDateNotThePurchaseDate()
    {
        var facts = ForSku() with
        {
            Orders = [Order("o1", "2026-03-01T15:00:00Z")],
            Items = [Item("o1", 1, 30.00m) with { ShippingPrice = 4.99m }],
            Fees = [Fee("o1", "Commission", -4.50m, "2026-03-02T00:00:00Z")],
            Refunds = [new("r1", "o1", Mug, At("2026-03-15T12:00:00Z"), "USD", Principal: -30.00m, Shipping: -4.99m, FeeAdjustments: 4.50m - 0.90m)],
        };

        var buckets = DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default);

        Assert.Equal(0m, buckets.On("2026-03-01").Refunds);
        var refundDay = buckets.On("2026-03-15");
        Assert.Equal(31.39m, refundDay.Refunds);
        Assert.Equal(-31.39m, refundDay.NetProfit);
        Assert.Equal(new[] { 30.00m, 4.99m, -3.60m }, refundDay.Explain(ProfitComponent.Refund).Select(l => l.Amount).Order().Reverse());
    }

    [Fact]
    public void AReimbursementCountsOnItsPostedDateOnTheSkuOrAtTenantLevel()
    {
        var skuFacts = ForSku() with
        {
            Reimbursements = [new("rb1", AmazonUs, Mug, At("2026-03-20T08:00:00Z"), "USD", 18.75m, "WAREHOUSE_DAMAGE")],
        };
        var tenantFacts = new TenantFacts
        {
            Reimbursements = [new("rb2", AmazonUs, null, At("2026-03-21T08:00:00Z"), "USD", 5.25m, "REVERSAL_REIMBURSEMENT")],
        };

        var product = DailyBucketCalculator.ComputeAll(skuFacts, ProfitRules.Default).On("2026-03-20");
        var tenant = TenantBucketCalculator
            .Compute(tenantFacts, new DateRange(Day("2026-03-01"), Day("2026-03-31")).Days(), ProfitRules.Default)
            .On("2026-03-21");

        Assert.Equal(18.75m, product.Reimbursements);
        Assert.Equal(18.75m, product.NetProfit);
        Assert.Equal(5.25m, tenant.Reimbursements);
        Assert.Null(tenant.Sku);
    }
}
