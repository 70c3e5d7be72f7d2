using System.Globalization;
using System.Runtime.CompilerServices;
using Sellmetrics.Marketplaces.Amazon.Reports;

namespace Sellmetrics.Marketplaces.Amazon;

internal sealed partial class AmazonSellerApi
{
    public async Task<string> CreateReportAsync(CreateReportSpecification specification, CancellationToken cancellationToken = default)
    {
        var created = await MarketplaceCalls.RunAsync(Marketplace,
            AmazonOperations.CreateReport.Name, () => _reports.CreateReportAsync(specification, cancellationToken)).ConfigureAwait(false);
        return created.ReportId;
    }

    public Task<Report> GetReportAsync(string reportId, CancellationToken cancellationToken = default) =>
        MarketplaceCalls.RunAsync(Marketplace, AmazonOperations.GetReport.Name, () => _reports.GetReportAsync(reportId, cancellationToken));

    public async Task<Report> WaitForReportAsync(string reportId, CancellationToken cancellationToken = default)
    {
        var interval = _clock.ToLocal(_options.ReportPollInterval);
        while (true)
        {
            var report = await GetReportAsync(reportId, cancellationToken).ConfigureAwait(false);
            if (report.ProcessingStatus is not (ReportProcessingStatus.InQueue or ReportProcessingStatus.InProgress))
            {
                return report;
            }

            await Task.Delay(interval, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    public async IAsyncEnumerable<Report> GetReportsAsync(
        string reportType, DateTimeOffset? createdSince = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? nextToken = null;
        do
        {
            // nextToken must be sent alone: any other parameter fails the request.
            var page = nextToken is null
                ? await MarketplaceCalls.RunAsync(Marketplace,
                    AmazonOperations.GetReports.Name,
                    () => _reports.GetReportsAsync([reportType], [MarketplaceId], null, MaxPageSize, Iso(createdSince), null, cancellationToken)).ConfigureAwait(false)
                : await MarketplaceCalls.RunAsync(Marketplace,
                    AmazonOperations.GetReports.Name,
                    () => _reports.GetReportsAsync(null, null, null, null, null, nextToken, cancellationToken)).ConfigureAwait(false);
            foreach (var report in page.Reports ?? [])
            {
                yield return report;
            }

            nextToken = page.NextToken;
        }
        while (!string.IsNullOrEmpty(nextToken));
    }

    public Task<ReportDocument> GetReportDocumentAsync(string reportDocumentId, CancellationToken cancellationToken = default) =>
        MarketplaceCalls.RunAsync(Marketplace, AmazonOperations.GetReportDocument.Name, () => _reports.GetReportDocumentAsync(reportDocumentId, cancellationToken));

    public async Task<string> DownloadReportDocumentAsync(string reportDocumentId, CancellationToken cancellationToken = default)
    {
        var document = await GetReportDocumentAsync(reportDocumentId, cancellationToken).ConfigureAwait(false);
        return await MarketplaceCalls.RunAsync(Marketplace, "downloadReportDocument", () => _downloader.DownloadTextAsync(document, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<string?> RequestReportTextAsync(CreateReportSpecification specification, CancellationToken cancellationToken = default)
    {
        var reportId = await CreateReportAsync(specification, cancellationToken).ConfigureAwait(false);
        var report = await WaitForReportAsync(reportId, cancellationToken).ConfigureAwait(false);
        return report.ProcessingStatus switch
        {
            ReportProcessingStatus.Done when report.ReportDocumentId is { } documentId =>
                await DownloadReportDocumentAsync(documentId, cancellationToken).ConfigureAwait(false),
            ReportProcessingStatus.Cancelled => null,
            _ => throw new AmazonReportFailedException(report.ReportId, report.ReportType, report.ProcessingStatus),
        };
    }

    public async Task<IReadOnlyList<CustomerReturn>> GetCustomerReturnsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var text = await RequestReportTextAsync(Dated(ReportTypes.CustomerReturns, from, to), cancellationToken).ConfigureAwait(false);
        return text is null ? [] : CustomerReturnsReportParser.Parse(new StringReader(text));
    }

    public async Task<IReadOnlyList<Reimbursement>> GetReimbursementsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var text = await RequestReportTextAsync(Dated(ReportTypes.Reimbursements, from, to), cancellationToken).ConfigureAwait(false);
        return text is null ? [] : ReimbursementsReportParser.Parse(new StringReader(text));
    }

    public async Task<IReadOnlyList<AllOrdersReportRow>> GetAllOrdersAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var text = await RequestReportTextAsync(Dated(ReportTypes.AllOrdersByLastUpdate, from, to), cancellationToken).ConfigureAwait(false);
        return text is null ? [] : AllOrdersReportParser.Parse(new StringReader(text));
    }

    public async Task<Reports.SalesAndTraffic.SalesAndTrafficReport?> GetSalesAndTrafficAsync(
        DateOnly from, DateOnly to, string asinGranularity = "CHILD", CancellationToken cancellationToken = default)
    {
        var specification = new CreateReportSpecification(
            ReportTypes.SalesAndTraffic,
            [MarketplaceId],
            new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            new Dictionary<string, string>
            {
                ["dateGranularity"] = "DAY",
                ["asinGranularity"] = asinGranularity.ToUpper(CultureInfo.InvariantCulture),
            });
        var text = await RequestReportTextAsync(specification, cancellationToken).ConfigureAwait(false);
        return text is null ? null : Reports.SalesAndTraffic.SalesAndTrafficReportParser.Parse(text);
    }

    public async IAsyncEnumerable<SettlementReport> GetSettlementReportsAsync(
        DateTimeOffset createdSince, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var report in GetReportsAsync(ReportTypes.Settlement, createdSince, cancellationToken).ConfigureAwait(false))
        {
            if (report.ProcessingStatus == ReportProcessingStatus.Done && report.ReportDocumentId is { } documentId)
            {
                var text = await DownloadReportDocumentAsync(documentId, cancellationToken).ConfigureAwait(false);
                yield return SettlementReportParser.Parse(new StringReader(text)) with { MarketplaceIds = report.MarketplaceIds ?? [] };
            }
        }
    }

    private CreateReportSpecification Dated(string reportType, DateTimeOffset from, DateTimeOffset to) =>
        new(reportType, [MarketplaceId], from, to);
}
