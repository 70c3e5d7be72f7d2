namespace Sellmetrics.Facts;

/// <summary>An inventory reimbursement (adjustment event), positive when paid to the seller; without a SKU it stays at tenant level.</summary>
public sealed record Reimbursement(
    string Id,
    string Marketplace,
    string? Sku,
    DateTimeOffset PostedAt,
    string Currency,
    decimal Amount,
    string Reason = "");
