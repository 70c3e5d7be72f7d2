namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>The createReport body; <see cref="ReportOptions"/> values are always strings.</summary>
public sealed record CreateReportSpecification(
    string ReportType,
    IReadOnlyList<string> MarketplaceIds,
    DateTimeOffset? DataStartTime = null,
    DateTimeOffset? DataEndTime = null,
    IReadOnlyDictionary<string, string>? ReportOptions = null);
