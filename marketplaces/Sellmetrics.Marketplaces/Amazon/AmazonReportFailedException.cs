namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>Amazon finished a report with FATAL.</summary>
public sealed class AmazonReportFailedException(string reportId, string reportType, string processingStatus)
    : Exception($"Report {reportId} ({reportType}) ended {processingStatus}.")
{
    public string ReportId { get; } = reportId;

    public string ReportType { get; } = reportType;

    public string ProcessingStatus { get; } = processingStatus;
}
