namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>A row of the FBA reimbursements report.</summary>
public sealed record Reimbursement(
    DateTimeOffset ApprovalDate,
    string ReimbursementId,
    string? CaseId,
    string? AmazonOrderId,
    string? Reason,
    string? Sku,
    string? FnSku,
    string? Asin,
    string? ProductName,
    string? Condition,
    string? CurrencyUnit,
    decimal? AmountPerUnit,
    decimal AmountTotal,
    int QuantityReimbursedCash,
    int QuantityReimbursedInventory,
    int QuantityReimbursedTotal,
    string? OriginalReimbursementId,
    string? OriginalReimbursementType);
