using Sellmetrics.Facts.Payouts;

namespace Sellmetrics.Profit.Payouts;

/// <summary>One named part of the gap between a deposit and the ledger: settlement amount minus ledger amount for one reference.</summary>
public sealed record PayoutDifference(PayoutKind Kind, string Reference, PayoutDifferenceReason Reason, decimal Settlement, decimal Ledger)
{
    public decimal Amount => Settlement - Ledger;
}
