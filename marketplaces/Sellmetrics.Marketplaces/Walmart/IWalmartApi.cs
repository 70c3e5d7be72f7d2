using Refit;
using Sellmetrics.Marketplaces.Walmart.Inventory;
using Sellmetrics.Marketplaces.Walmart.Items;
using Sellmetrics.Marketplaces.Walmart.Orders;
using Sellmetrics.Marketplaces.Walmart.Reports;
using Sellmetrics.Marketplaces.Walmart.Returns;

namespace Sellmetrics.Marketplaces.Walmart;

/// <summary>The Walmart Marketplace endpoints Sellmetrics reads; the auth handler adds the WM_* headers.</summary>
internal interface IWalmartApi
{
    [Get("/v3/orders")]
    Task<WalmartOrdersResponse> GetOrdersAsync(
        [AliasAs("createdStartDate")] string? createdStartDate,
        [AliasAs("createdEndDate")] string? createdEndDate,
        [AliasAs("lastModifiedStartDate")] string? lastModifiedStartDate,
        [AliasAs("shipNodeType")] string? shipNodeType,
        [AliasAs("limit")] int? limit,
        CancellationToken cancellationToken);

    /// <summary>A following page: the parameters are exactly those of the previous page's <c>nextCursor</c>.</summary>
    [Get("/v3/orders")]
    Task<WalmartOrdersResponse> GetOrdersPageAsync([Query] IDictionary<string, string> cursor, CancellationToken cancellationToken);

    [Get("/v3/returns")]
    Task<WalmartReturnsResponse> GetReturnsAsync(
        [AliasAs("returnCreationStartDate")] string? returnCreationStartDate,
        [AliasAs("returnCreationEndDate")] string? returnCreationEndDate,
        [AliasAs("limit")] int? limit,
        CancellationToken cancellationToken);

    [Get("/v3/returns")]
    Task<WalmartReturnsResponse> GetReturnsPageAsync([Query] IDictionary<string, string> cursor, CancellationToken cancellationToken);

    [Get("/v3/inventory")]
    Task<WalmartInventory> GetInventoryAsync([AliasAs("sku")] string sku, CancellationToken cancellationToken);

    [Get("/v3/fulfillment/inventory")]
    Task<WfsInventoryResponse> GetWfsInventoryAsync(
        [AliasAs("fromModifiedDate")] string? fromModifiedDate,
        [AliasAs("limit")] int limit,
        [AliasAs("offset")] int offset,
        CancellationToken cancellationToken);

    [Get("/v3/report/reconreport/availableReconFiles")]
    Task<ReconReportDatesResponse> GetAvailableReconFilesAsync([AliasAs("reportVersion")] string reportVersion, CancellationToken cancellationToken);

    [Get("/v3/report/reconreport/reconFile")]
    Task<HttpContent> GetReconFileAsync(
        [AliasAs("reportDate")] string reportDate, [AliasAs("reportVersion")] string reportVersion, CancellationToken cancellationToken);

    [Get("/v3/items")]
    Task<WalmartItemsResponse> GetItemsAsync(
        [AliasAs("nextCursor")] string nextCursor, [AliasAs("limit")] int limit, CancellationToken cancellationToken);
}
