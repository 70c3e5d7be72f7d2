namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>The first data row of a settlement report: the period and what was paid out.</summary>
public sealed record SettlementSummary(
    string SettlementId,
    DateTimeOffset? SettlementStartDate,
    DateTimeOffset? SettlementEndDate,
    DateTimeOffset? DepositDate,
    decimal? TotalAmount,
    string? Currency);
