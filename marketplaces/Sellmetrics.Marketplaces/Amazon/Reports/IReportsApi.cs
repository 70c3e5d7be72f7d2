using Refit;

namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>SP-API Reports 2021-06-30 (createReport, getReport, getReports, getReportDocument).</summary>
internal interface IReportsApi
{
    [Post("/reports/2021-06-30/reports")]
    Task<CreateReportResponse> CreateReportAsync([Body] CreateReportSpecification specification, CancellationToken cancellationToken);

    [Get("/reports/2021-06-30/reports/{reportId}")]
    Task<Report> GetReportAsync(string reportId, CancellationToken cancellationToken);

    [Get("/reports/2021-06-30/reports")]
    Task<ReportsPage> GetReportsAsync(
        [AliasAs("reportTypes")][Query(CollectionFormat.Csv)] IEnumerable<string>? reportTypes,
        [AliasAs("marketplaceIds")][Query(CollectionFormat.Csv)] IEnumerable<string>? marketplaceIds,
        [AliasAs("processingStatuses")][Query(CollectionFormat.Csv)] IEnumerable<string>? processingStatuses,
        [AliasAs("pageSize")] int? pageSize,
        [AliasAs("createdSince")] string? createdSince,
        [AliasAs("nextToken")] string? nextToken,
        CancellationToken cancellationToken);

    [Get("/reports/2021-06-30/documents/{reportDocumentId}")]
    Task<ReportDocument> GetReportDocumentAsync(string reportDocumentId, CancellationToken cancellationToken);
}
