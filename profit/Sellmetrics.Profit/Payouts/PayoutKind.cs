namespace Sellmetrics.Profit.Payouts;

/// <summary>What a settlement line is for; the first five have a ledger counterpart, the rest never count in profit.</summary>
public enum PayoutKind
{
    Sales,
    Fees,
    Refunds,
    Reimbursements,
    ServiceFees,
    Tax,
    Reserve,
    Other,
}
