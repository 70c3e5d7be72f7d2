namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>Values of <c>processingStatus</c>.</summary>
public static class ReportProcessingStatus
{
    public const string InQueue = "IN_QUEUE";
    public const string InProgress = "IN_PROGRESS";
    public const string Done = "DONE";
    public const string Cancelled = "CANCELLED";
    public const string Fatal = "FATAL";
}
