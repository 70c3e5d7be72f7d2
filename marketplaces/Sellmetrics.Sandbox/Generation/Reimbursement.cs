namespace Sellmetrics.Sandbox.Generation;

/// <summary>An FBA reimbursement: an adjustment event in Finances and a row of the reimbursements report.</summary>
internal sealed record Reimbursement(
    string ReimbursementId,
    string CaseId,
    DateTimeOffset ApprovedAt,
    string Reason,
    string? AmazonOrderId,
    Product Product,
    int Quantity,
    decimal AmountPerUnit)
{
    public decimal AmountTotal => AmountPerUnit * Quantity;

    public AmazonMarketplace Marketplace { get; init; } = AmazonMarketplace.UnitedStates;

    /// <summary>The Finances v0 adjustment type: by default the one Amazon uses for this reimbursement reason.</summary>
    public string AdjustmentType { get; init; } = Reason switch
    {
        "Lost_Warehouse" => "WAREHOUSE_LOST",
        "Damaged_Warehouse" => "WAREHOUSE_DAMAGE",
        _ => "FBAInventoryReimbursement",
    };
}
