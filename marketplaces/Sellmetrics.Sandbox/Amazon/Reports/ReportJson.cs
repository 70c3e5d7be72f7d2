using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>The Reports 2021-06-30 <c>Report</c> shape (no payload wrapper).</summary>
internal static class ReportJson
{
    public static object Report(SandboxReport report, string status, SandboxClock clock)
    {
        var started = status != "IN_QUEUE";
        var finished = status is "DONE" or "CANCELLED" or "FATAL";
        return new
        {
            reportId = report.ReportId,
            reportType = report.ReportType,
            marketplaceIds = report.MarketplaceIds,
            dataStartTime = SandboxJson.Iso(report.DataStartTime),
            dataEndTime = SandboxJson.Iso(report.DataEndTime),
            createdTime = SandboxJson.Iso(report.CreatedTime),
            processingStatus = status,
            processingStartTime = started ? SandboxJson.Iso(report.StartedAt(clock)) : null,
            processingEndTime = finished ? SandboxJson.Iso(report.DoneAt(clock)) : null,
            reportDocumentId = status == "DONE" ? report.DocumentId : null,
        };
    }
}
