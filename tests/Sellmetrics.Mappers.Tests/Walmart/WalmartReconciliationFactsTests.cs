using Sellmetrics.Mappers.Walmart;
using Sellmetrics.Marketplaces.Walmart.Reports;

namespace Sellmetrics.Mappers.Tests.Walmart;

public sealed class WalmartReconciliationFactsTests
{
    private static readonly DateTimeOffset Shipped = new(2026, 11, 4, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SaleRowsGiveFeesOnlyAndRefundRowsARefundSoRevenueIsNeverCountedTwice()
    {
        WalmartReconciliationLine[] lines =
        [
            Row("Sale", "Product Price", 25.00m, "Purchase"), Row("Sale", "Product tax", 2.00m, "Purchase"),
            Row("Sale", "Commission on Product", -3.75m, "Purchase"), Row("Sale", "Fee/Reimbursement", -4.10m, "WFS Fulfillment fee"),
            Row("Refund", "Product Price", -25.00m, "Return Refund", Shipped.AddDays(6)), Row("Refund", "Product tax", -2.00m, "Return Refund", Shipped.AddDays(6)),
            Row("Refund", "Commission on Product", 3.75m, "Return Refund", Shipped.AddDays(6)),
        ];

        var facts = WalmartReconciliationFacts.From(lines);

        Assert.Equal([("Commission on Product", -3.75m), (WalmartReconciliationFacts.WfsFulfillmentFee, -4.10m)], facts.Fees.Select(f => (f.FeeType, f.Amount)));
        var refund = Assert.Single(facts.Refunds);
        Assert.Equal((-25.00m, 3.75m, -21.25m), (refund.Principal, refund.FeeAdjustments, refund.Total));
        Assert.Empty(facts.ServiceFees);
        Assert.Empty(facts.Items);
    }

    private static WalmartReconciliationLine Row(string type, string amountType, decimal amount, string description, DateTimeOffset? posted = null) => new(
        null, null, null, "USD", "PO1-1", posted ?? Shipped, type, description, "C1", "1", "PO1", "1", amount, amountType, 1, null, null,
        "MUG-01", null, "Golden Mug", null, null, null, null, null, null);
}
