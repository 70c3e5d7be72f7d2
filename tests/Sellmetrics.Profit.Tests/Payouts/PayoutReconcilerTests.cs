using Sellmetrics.Facts.Payouts;
using Sellmetrics.Profit.Payouts;

namespace Sellmetrics.Profit.Tests.Payouts;

public sealed class PayoutReconcilerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 9, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AMatchingLedgerLeavesOnlyTheReserveAndTheDepositLessTheLedgerIsTheSumOfTheNamedDifferences()
    {
        var reconciled = PayoutReconciler.Reconcile(Stored(
            deposit: 60.00m,
            [Line(PayoutKind.Sales, "o1/A", 100.00m), Line(PayoutKind.Fees, "o1/A/t", -30.00m), Line(PayoutKind.Tax, "o1/A", 0m), Line(PayoutKind.Reserve, "held", -10.00m)],
            [new(PayoutKind.Sales, "o1/A", 100.00m), new(PayoutKind.Fees, "o1/A/t", -30.00m)]));

        Assert.Equal(70.00m, reconciled.LedgerTotal);
        var difference = Assert.Single(reconciled.Differences);
        Assert.Equal((PayoutKind.Reserve, PayoutDifferenceReason.Reserve, -10.00m), (difference.Kind, difference.Reason, difference.Amount));
        Assert.Equal(reconciled.Difference, reconciled.Differences.Sum(d => d.Amount));
    }

    [Fact]
    public void ALineMissingFromTheLedgerAndOneThatDiffersAreEachNamedNeverAbsorbed()
    {
        var reconciled = PayoutReconciler.Reconcile(Stored(
            deposit: 95.00m,
            [Line(PayoutKind.Sales, "o1/A", 50.00m), Line(PayoutKind.Sales, "o2/B", 40.00m), Line(PayoutKind.Refunds, "o3/C/t", -5.00m), Line(PayoutKind.Tax, "o1/A", 3.00m)],
            [new(PayoutKind.Sales, "o1/A", 48.00m), new(PayoutKind.Refunds, "o3/C/t", -5.00m)]));

        Assert.Equal(
            [
                (PayoutKind.Sales, "o1/A", PayoutDifferenceReason.AmountDiffers, 2.00m),
                (PayoutKind.Sales, "o2/B", PayoutDifferenceReason.NotInLedger, 40.00m),
                (PayoutKind.Tax, "o1/A", PayoutDifferenceReason.TaxWithheld, 3.00m),
                (PayoutKind.Other, "deposit", PayoutDifferenceReason.DepositDiffersFromLines, 7.00m),
            ],
            reconciled.Differences.Select(d => (d.Kind, d.Reference, d.Reason, d.Amount)));
        Assert.Equal(95.00m - 43.00m, reconciled.Differences.Sum(d => d.Amount));
        var sales = reconciled.Kinds.Single(k => k.Kind == PayoutKind.Sales);
        Assert.Equal((90.00m, 48.00m), (sales.Settlement, sales.Ledger));
    }

    private static StoredPayout Stored(decimal deposit, IReadOnlyList<PayoutLine> lines, IReadOnlyList<PayoutLedgerLine> ledger) =>
        new("ATVPDKIKX0DER", new Payout("S1", Start, Start.AddDays(14), Start.AddDays(15), deposit, "USD"), lines, ledger);

    private static PayoutLine Line(PayoutKind kind, string reference, decimal amount) => new("S1", kind, reference, null, null, null, amount);
}
