namespace Sellmetrics.Marketplaces.Amazon.Reports;

internal sealed record CreateReportResponse(string ReportId);
