using Sellmetrics.Facts.Payouts;

namespace Sellmetrics.Profit.Payouts;

/// <summary>Sets a payout's lines beside the ledger reference by reference; nothing is absorbed, every gap is a named difference.</summary>
public static class PayoutReconciler
{
    public static ReconciledPayout Reconcile(StoredPayout stored)
    {
        var ledger = stored.Ledger
            .GroupBy(l => (l.Kind, l.Reference))
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        var settled = stored.Lines
            .GroupBy(l => (l.Kind, l.Reference))
            .Select(g => (g.Key.Kind, g.Key.Reference, Amount: g.Sum(l => l.Amount), Ledger: ledger.GetValueOrDefault(g.Key), Known: ledger.ContainsKey(g.Key)))
            .ToList();
        var differences = settled
            .Where(s => s.Amount != s.Ledger)
            .Select(s => new PayoutDifference(s.Kind, s.Reference, Reason(s.Kind, s.Known), s.Amount, s.Ledger))
            .ToList();
        var linesTotal = settled.Sum(s => s.Amount);
        if (stored.Payout.DepositAmount != linesTotal)
        {
            differences.Add(new PayoutDifference(
                PayoutKind.Other, "deposit", PayoutDifferenceReason.DepositDiffersFromLines, stored.Payout.DepositAmount - linesTotal, 0m));
        }

        var kinds = Enum.GetValues<PayoutKind>()
            .Select(k => new PayoutKindTotal(k, settled.Where(s => s.Kind == k).Sum(s => s.Amount), settled.Where(s => s.Kind == k).Sum(s => s.Ledger)))
            .ToList();
        return new ReconciledPayout(stored.Marketplace, stored.Payout, kinds, kinds.Sum(k => k.Ledger), differences);
    }

    private static PayoutDifferenceReason Reason(PayoutKind kind, bool known) => kind switch
    {
        PayoutKind.Reserve => PayoutDifferenceReason.Reserve,
        PayoutKind.Tax => PayoutDifferenceReason.TaxWithheld,
        PayoutKind.Other => PayoutDifferenceReason.NotCounted,
        PayoutKind.OtherMarketplaces => PayoutDifferenceReason.OtherMarketplace,
        _ => known ? PayoutDifferenceReason.AmountDiffers : PayoutDifferenceReason.NotInLedger,
    };
}
