namespace Sellmetrics.Facts.Payouts;

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

    /// <summary>Lines of another marketplace settled in the same deposit (one per storefront); they are that marketplace's.</summary>
    OtherMarketplaces,
}
