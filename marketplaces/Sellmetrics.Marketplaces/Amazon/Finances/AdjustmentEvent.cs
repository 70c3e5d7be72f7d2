namespace Sellmetrics.Marketplaces.Amazon.Finances;

/// <summary>An adjustment such as an FBA inventory reimbursement.</summary>
public sealed record AdjustmentEvent(
    string? AdjustmentType,
    DateTimeOffset? PostedDate,
    string? StoreName,
    FinanceAmount? AdjustmentAmount,
    IReadOnlyList<AdjustmentItem>? AdjustmentItemList);
