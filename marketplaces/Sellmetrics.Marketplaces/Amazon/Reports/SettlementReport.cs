namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>A parsed V2 settlement flat file.</summary>
public sealed record SettlementReport(SettlementSummary? Summary, IReadOnlyList<SettlementLine> Lines);
