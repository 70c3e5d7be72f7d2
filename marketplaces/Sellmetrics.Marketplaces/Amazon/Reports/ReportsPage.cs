namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>One page of getReports.</summary>
public sealed record ReportsPage(IReadOnlyList<Report>? Reports, string? NextToken);
