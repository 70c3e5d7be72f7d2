namespace Sellmetrics.Sandbox.Scripting;

/// <summary>An FBA reimbursement: an adjustment event in Finances and a row of the reimbursements report.
/// <see cref="Amount"/> is the total (it must split evenly over <see cref="Quantity"/>); the adjustment type defaults to the reason's.</summary>
public sealed record ScriptedReimbursement(
    DateTimeOffset? PostedAt,
    string? Sku,
    decimal Amount,
    int Quantity = 1,
    string? Reason = null,
    string? AdjustmentType = null,
    string? AmazonOrderId = null,
    string? ReimbursementId = null,
    string? CaseId = null,
    string? MarketplaceId = null);
