namespace Sellmetrics.Profit.Payouts;

/// <summary>Why a settlement reference and the ledger disagree.</summary>
public enum PayoutDifferenceReason
{
    /// <summary>The settlement pays or charges something the ledger has no fact of yet (e.g. before the imported history).</summary>
    NotInLedger,

    /// <summary>Both hold the reference, with different amounts.</summary>
    AmountDiffers,

    /// <summary>Money the marketplace holds back from this deposit or releases into it.</summary>
    Reserve,

    /// <summary>Tax collected and withheld by the marketplace (marketplace facilitator tax); never profit.</summary>
    TaxWithheld,

    /// <summary>A settlement line of a kind the profit does not count.</summary>
    NotCounted,

    /// <summary>Lines of another marketplace paid in the same deposit; they reconcile with that marketplace's ledger.</summary>
    OtherMarketplace,

    /// <summary>The deposit differs from the sum of the settlement's own lines.</summary>
    DepositDiffersFromLines,
}
