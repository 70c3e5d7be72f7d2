namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>A report and its processing state (getReport / getReports).</summary>
public sealed record Report(
    string ReportId,
    string ReportType,
    IReadOnlyList<string>? MarketplaceIds,
    DateTimeOffset? DataStartTime,
    DateTimeOffset? DataEndTime,
    string? ReportScheduleId,
    DateTimeOffset CreatedTime,
    string ProcessingStatus,
    DateTimeOffset? ProcessingStartTime,
    DateTimeOffset? ProcessingEndTime,
    string? ReportDocumentId);
