namespace Sellmetrics.Profit.Ledger;

/// <summary>The part of the profit formula a <see cref="ProfitLine"/> feeds.</summary>
public enum ProfitComponent
{
    Units,
    Revenue,
    ReferralFee,
    FulfillmentFee,
    StorageFee,
    OtherFee,
    Refund,
    Reimbursement,
    Cogs,
    RecurringCost,
}
