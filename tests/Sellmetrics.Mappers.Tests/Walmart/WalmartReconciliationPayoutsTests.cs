using Sellmetrics.Facts.Payouts;
using Sellmetrics.Mappers.Walmart;
using Sellmetrics.Marketplaces.Walmart.Reports;

namespace Sellmetrics.Mappers.Tests.Walmart;

public sealed class WalmartReconciliationPayoutsTests
{
    private static readonly DateTimeOffset Shipped = new(2026, 11, 4, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly ReportDate = new(2026, 11, 16);

    [Fact]
    public void ACycleIsAPayoutOfItsTotalPayableWithItsRowsSummedByKindOnTheLedgersReferences()
    {
        WalmartReconciliationLine[] rows =
        [
            Summary(3.05m),
            Row("Sale", "Product Price", 25.00m), Row("Sale", "Product tax", 2.00m), Row("Sale", "Product tax withheld", -2.00m),
            Row("Sale", "Commission on Product", -3.75m), Row("Sale", "Fee/Reimbursement", -4.10m, "WFS Fulfillment fee"),
            Row("Refund", "Product Price", -25.00m, posted: Shipped.AddDays(6)), Row("Refund", "Commission on Product", 3.75m, posted: Shipped.AddDays(6)),
            Row("Adjustment", "Fee/Reimbursement", -12.85m, "WFS Storage fee", order: null),
            Row("Reserve", "Reserve", 20.00m, "Reserve released", order: null, sku: null),
        ];

        var batch = WalmartReconciliationPayouts.From(rows, ReportDate);

        var payout = Assert.Single(batch.Payouts);
        Assert.Equal(new Payout("11162026", At(2), At(16), At(16), 3.05m, "USD"), payout);
        Assert.Equal(payout.DepositAmount, batch.PayoutLines.Sum(l => l.Amount));
        var lines = batch.PayoutLines.ToDictionary(l => (l.Kind, l.Reference), l => l.Amount);
        Assert.Equal(25.00m, lines[(PayoutKind.Sales, PayoutReferences.Sale("PO1", "MUG-01"))]);
        Assert.Equal(0m, lines[(PayoutKind.Tax, PayoutReferences.Sale("PO1", "MUG-01"))]);
        Assert.Equal(-7.85m, lines[(PayoutKind.Fees, PayoutReferences.Posted("PO1", "MUG-01", Shipped))]);
        Assert.Equal(-21.25m, lines[(PayoutKind.Refunds, PayoutReferences.Posted("PO1", "MUG-01", Shipped.AddDays(6)))]);
        Assert.Equal(-12.85m, lines[(PayoutKind.ServiceFees, PayoutReferences.ServiceFee("MUG-01"))]);
        Assert.Equal(20.00m, batch.PayoutLines.Single(l => l.Kind == PayoutKind.Reserve).Amount);

        // The ledger's facts come from the same rows: the reserve is not a service fee there either.
        Assert.Equal(-12.85m, WalmartReconciliationFacts.From(rows).ServiceFees.Sum(f => f.Amount));
    }

    [Fact]
    public void AFileWithoutItsPaymentSummaryIsRefused()
    {
        var batch = WalmartReconciliationPayouts.From([Row("Sale", "Product Price", 25.00m)], ReportDate);

        Assert.Empty(batch.Payouts);
        Assert.Empty(batch.PayoutLines);
    }

    private static DateTimeOffset At(int day) => new(2026, 11, day, 0, 0, 0, TimeSpan.Zero);

    private static WalmartReconciliationLine Summary(decimal total) => new(
        At(2), At(15), total, "USD", null, null, "PaymentSummary", null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null);

    private static WalmartReconciliationLine Row(
        string type, string amountType, decimal amount, string? description = null, DateTimeOffset? posted = null, string? order = "PO1", string? sku = "MUG-01") => new(
        null, null, null, "USD", "PO1-1", posted ?? Shipped, type, description ?? type, "C1", "1", order, "1", amount, amountType, 1, null, null,
        sku, null, "Golden Mug", null, null, null, null, null, null);
}
