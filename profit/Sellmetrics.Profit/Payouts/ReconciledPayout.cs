using Sellmetrics.Facts.Payouts;

namespace Sellmetrics.Profit.Payouts;

/// <summary>
/// A payout beside the ledger: sums per kind, the ledger's total over the settlement's references, and every difference
/// named, so that <see cref="Payout.DepositAmount"/> − <see cref="LedgerTotal"/> equals the sum of <see cref="Differences"/>.
/// </summary>
public sealed record ReconciledPayout(
    string Marketplace,
    Payout Payout,
    IReadOnlyList<PayoutKindTotal> Kinds,
    decimal LedgerTotal,
    IReadOnlyList<PayoutDifference> Differences)
{
    public decimal Difference => Payout.DepositAmount - LedgerTotal;
}
