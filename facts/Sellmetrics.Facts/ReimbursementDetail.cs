namespace Sellmetrics.Facts;

/// <summary>
/// A reimbursement as the reimbursements report explains it (reason, case, quantities). Detail only: the money is counted
/// from the financial events' <see cref="Reimbursement"/>, never from this.
/// </summary>
public sealed record ReimbursementDetail(
    string ReimbursementId,
    string? Sku,
    string? Asin,
    string? OrderId,
    DateTimeOffset ApprovedAt,
    string Reason,
    string? CaseId,
    string Currency,
    decimal AmountTotal,
    int QuantityCash,
    int QuantityInventory);
