using System.Globalization;
using System.Runtime.CompilerServices;
using Sellmetrics.Marketplaces.Walmart.Items;
using Sellmetrics.Marketplaces.Walmart.Reports;

namespace Sellmetrics.Marketplaces.Walmart;

internal sealed partial class WalmartSellerApi
{
    private const string ReportVersion = "v1";
    private const string ReportDateFormat = "MMddyyyy";
    private const int ItemsPageSize = 50;

    public async Task<IReadOnlyList<DateOnly>> GetAvailableReconReportDatesAsync(CancellationToken cancellationToken = default)
    {
        var response = await Run(
            WalmartOperations.GetAvailableReconReportDates.Name,
            () => _api.GetAvailableReconFilesAsync(ReportVersion, cancellationToken)).ConfigureAwait(false);
        return [.. (response.AvailableApReportDates ?? [])
            .Select(d => DateOnly.ParseExact(d, ReportDateFormat, CultureInfo.InvariantCulture))
            .Order()];
    }

    public async Task<IReadOnlyList<WalmartReconciliationLine>> GetReconReportAsync(DateOnly reportDate, CancellationToken cancellationToken = default)
    {
        var date = reportDate.ToString(ReportDateFormat, CultureInfo.InvariantCulture);
        var bytes = await Run(WalmartOperations.GetReconReport.Name, async () =>
        {
            using var content = await _api.GetReconFileAsync(date, ReportVersion, cancellationToken).ConfigureAwait(false);
            return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return ReconciliationReportParser.Parse(bytes);
    }

    public async IAsyncEnumerable<WalmartItem> GetItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var cursor = "*";
        while (true)
        {
            var at = cursor;
            var page = await Run(WalmartOperations.GetAllItems.Name, () => _api.GetItemsAsync(at, ItemsPageSize, cancellationToken)).ConfigureAwait(false);
            var items = page.ItemResponse ?? [];
            foreach (var item in items)
            {
                yield return item;
            }

            if (items.Count == 0 || string.IsNullOrEmpty(page.NextCursor) || page.NextCursor == cursor)
            {
                yield break;
            }

            cursor = page.NextCursor;
        }
    }
}
