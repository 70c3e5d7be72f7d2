using Sellmetrics.Facts;
using Sellmetrics.Facts.Payouts;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Payouts;
using static Sellmetrics.Profit.Tests.Given;

namespace Sellmetrics.Profit.Tests.Payouts;

// The payout side of the ledger must be the profit's own numbers: if either changes how a fact counts, these disagree.
public sealed class PayoutLedgerTests
{
    private static readonly Payout Settlement = new("S1", At("2026-03-01T00:00:00Z"), At("2026-03-15T00:00:00Z"), At("2026-03-16T00:00:00Z"), 0m, "USD");

    private static readonly SkuFacts Facts = ForSku() with
    {
        Orders = [Order("o1", "2026-03-02T10:00:00Z"), Order("o2", "2026-03-03T10:00:00Z"), Order("o3", "2026-03-04T10:00:00Z", OrderStatus.Cancelled)],
        Items =
        [
            Item("o1", 2, 40.00m) with { ShippingPrice = 5.00m, GiftWrapPrice = 2.00m, PromotionDiscount = 4.00m, ShippingDiscount = 1.50m, Tax = 3.20m },
            Item("o2", 1, 25.00m),
            Item("o3", 1, 99.00m),
        ],
        Fees = [Fee("o1", "Commission", -6.00m, "2026-03-03T01:00:00Z"), Fee("o1", "FBAPerUnitFulfillmentFee", -7.10m, "2026-03-03T01:00:00Z"), Fee("o2", "Commission", -3.75m, "2026-03-04T01:00:00Z")],
        Refunds = [new("r1", "o1", Mug, At("2026-03-10T12:00:00Z"), "USD", Principal: -20.00m, Shipping: -2.50m, Promotion: 2.00m, FeeAdjustments: 2.40m, Other: -0.30m)],
        Reimbursements = [new("rb1", AmazonUs, Mug, At("2026-03-11T08:00:00Z"), "USD", 12.00m, "WAREHOUSE_LOST")],
        ServiceFees = [new("sf1", AmazonUs, Mug, "FBAStorageFee", At("2026-03-12T00:00:00Z"), "USD", -4.20m), new("sf2", AmazonUs, Mug, "FBAStorageFee", At("2026-03-20T00:00:00Z"), "USD", -9.99m)],
    };

    [Fact]
    public void ThePayoutLedgerSumsEachKindExactlyAsTheProfitCountsIt()
    {
        var lines = new[]
        {
            Line(PayoutKind.Sales, PayoutReferences.Sale("o1", Mug)),
            Line(PayoutKind.Sales, PayoutReferences.Sale("o2", Mug)),
            Line(PayoutKind.Fees, PayoutReferences.Posted("o1", Mug, At("2026-03-03T01:00:00Z"))),
            Line(PayoutKind.Fees, PayoutReferences.Posted("o2", Mug, At("2026-03-04T01:00:00Z"))),
            Line(PayoutKind.Refunds, PayoutReferences.Posted("o1", Mug, At("2026-03-10T12:00:00Z"))),
            Line(PayoutKind.Reimbursements, PayoutReferences.Reimbursement(Mug, At("2026-03-11T08:00:00Z"))),
            Line(PayoutKind.ServiceFees, PayoutReferences.ServiceFee(Mug)),
        };
        var inPeriod = Facts with { ServiceFees = [.. Facts.ServiceFees.Where(f => f.PostedAt < Settlement.PeriodEnd)] };
        var profit = DailyBucketCalculator.ComputeAll(inPeriod, ProfitRules.Default);

        var ledger = PayoutLedger.For(Settlement, lines, LedgerFactsOf(Facts));

        Assert.Equal(profit.Sum(b => b.Revenue), Sum(ledger, PayoutKind.Sales));
        Assert.Equal(-profit.Sum(b => b.Refunds), Sum(ledger, PayoutKind.Refunds));
        Assert.Equal(profit.Sum(b => b.Reimbursements), Sum(ledger, PayoutKind.Reimbursements));
        Assert.Equal(-profit.Sum(b => b.Fees.Total), Sum(ledger, PayoutKind.Fees) + Sum(ledger, PayoutKind.ServiceFees));
        Assert.Equal(41.50m + 25.00m, Sum(ledger, PayoutKind.Sales));
        Assert.Equal(-4.20m, Sum(ledger, PayoutKind.ServiceFees));
    }

    [Fact]
    public void ACancelledOrderAndAReferenceTheLedgerLacksGiveNoLedgerLine()
    {
        var ledger = PayoutLedger.For(
            Settlement,
            [Line(PayoutKind.Sales, PayoutReferences.Sale("o3", Mug)), Line(PayoutKind.Fees, PayoutReferences.Posted("o9", Mug, At("2026-03-05T00:00:00Z")))],
            LedgerFactsOf(Facts));

        Assert.Empty(ledger);
    }

    private static FactBatch LedgerFactsOf(SkuFacts facts) => new(facts.Marketplace)
    {
        Orders = facts.Orders,
        Items = facts.Items,
        Fees = facts.Fees,
        Refunds = facts.Refunds,
        Reimbursements = facts.Reimbursements,
        ServiceFees = facts.ServiceFees,
    };

    private static PayoutLine Line(PayoutKind kind, string reference) => new(Settlement.SettlementId, kind, reference, null, Mug, null, 0m);

    private static decimal Sum(IEnumerable<PayoutLedgerLine> ledger, PayoutKind kind) => ledger.Where(l => l.Kind == kind).Sum(l => l.Amount);
}
