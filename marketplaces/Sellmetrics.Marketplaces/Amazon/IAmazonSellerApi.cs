using Sellmetrics.Marketplaces.Amazon.Catalog;
using Sellmetrics.Marketplaces.Amazon.Finances;
using Sellmetrics.Marketplaces.Amazon.Inventory;
using Sellmetrics.Marketplaces.Amazon.Listings;
using Sellmetrics.Marketplaces.Amazon.Orders;
using Sellmetrics.Marketplaces.Amazon.Pricing;
using Sellmetrics.Marketplaces.Amazon.Reports;
using Sellmetrics.Marketplaces.Amazon.Reports.SalesAndTraffic;

namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>
/// The SP-API as one seller sees it, obtained from <see cref="IAmazonSellerApiFactory"/>. Every call waits for the
/// seller's rate-limit bucket, retries throttling and server faults, and throws
/// <see cref="Marketplaces.Auth.MarketplaceAuthorizationRevokedException"/> when the seller's grant is gone.
/// </summary>
public interface IAmazonSellerApi
{
    /// <summary>The seller this client acts for.</summary>
    string SellerId { get; }

    /// <summary>The marketplace every call is scoped to.</summary>
    string MarketplaceId { get; }

    /// <summary>One page of getOrders for orders updated at or after <paramref name="lastUpdatedAfter"/>; used by the sync engine to keep a cursor.</summary>
    Task<OrdersPage> GetOrdersPageAsync(DateTimeOffset lastUpdatedAfter, string? nextToken, CancellationToken cancellationToken = default);

    /// <summary>Every order updated at or after <paramref name="lastUpdatedAfter"/>, following NextToken to the end.</summary>
    IAsyncEnumerable<Order> GetOrdersUpdatedSinceAsync(DateTimeOffset lastUpdatedAfter, CancellationToken cancellationToken = default);

    /// <summary>Every item of one order, following NextToken.</summary>
    IAsyncEnumerable<OrderItem> GetOrderItemsAsync(string amazonOrderId, CancellationToken cancellationToken = default);

    /// <summary>Financial event groups (settlement periods) started in the window.</summary>
    IAsyncEnumerable<FinancialEventGroup> GetFinancialEventGroupsAsync(DateTimeOffset startedAfter, DateTimeOffset? startedBefore = null, CancellationToken cancellationToken = default);

    /// <summary>Financial events posted in [<paramref name="postedAfter"/>, <paramref name="postedBefore"/>), one element per page (pages may be empty).</summary>
    IAsyncEnumerable<FinancialEvents> GetFinancialEventsAsync(DateTimeOffset postedAfter, DateTimeOffset? postedBefore = null, CancellationToken cancellationToken = default);

    /// <summary>FBA inventory summaries with details for the seller's marketplace, optionally only those changed since a time.</summary>
    IAsyncEnumerable<InventorySummary> GetInventorySummariesAsync(DateTimeOffset? changedSince = null, CancellationToken cancellationToken = default);

    /// <summary>Requests a report; returns its id.</summary>
    Task<string> CreateReportAsync(CreateReportSpecification specification, CancellationToken cancellationToken = default);

    Task<Report> GetReportAsync(string reportId, CancellationToken cancellationToken = default);

    /// <summary>Polls getReport until the report is DONE, CANCELLED or FATAL.</summary>
    Task<Report> WaitForReportAsync(string reportId, CancellationToken cancellationToken = default);

    /// <summary>Reports of a type created since a time, newest first as the API returns them, following nextToken.</summary>
    IAsyncEnumerable<Report> GetReportsAsync(string reportType, DateTimeOffset? createdSince = null, CancellationToken cancellationToken = default);

    Task<ReportDocument> GetReportDocumentAsync(string reportDocumentId, CancellationToken cancellationToken = default);

    /// <summary>Downloads a report document (gunzipped when compressed) as text.</summary>
    Task<string> DownloadReportDocumentAsync(string reportDocumentId, CancellationToken cancellationToken = default);

    /// <summary>Creates a report, waits for it and downloads it; null when Amazon cancelled it for lack of data.</summary>
    Task<string?> RequestReportTextAsync(CreateReportSpecification specification, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CustomerReturn>> GetCustomerReturnsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Reimbursement>> GetReimbursementsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AllOrdersReportRow>> GetAllOrdersAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>Sales and traffic per day and per ASIN (<paramref name="asinGranularity"/> PARENT, CHILD or SKU) for the dates given.</summary>
    Task<SalesAndTrafficReport?> GetSalesAndTrafficAsync(DateOnly from, DateOnly to, string asinGranularity = "CHILD", CancellationToken cancellationToken = default);

    /// <summary>The settlement reports Amazon generated since a time (they cannot be requested), parsed, with the marketplaces their listing names.</summary>
    IAsyncEnumerable<SettlementReport> GetSettlementReportsAsync(DateTimeOffset createdSince, CancellationToken cancellationToken = default);

    /// <summary>A catalog item with summaries, images and sales ranks; null when the ASIN is unknown.</summary>
    Task<CatalogItem?> GetCatalogItemAsync(string asin, CancellationToken cancellationToken = default);

    /// <summary>The catalog items of the ASINs given (unknown ones left out) with summaries, images and sales ranks, 20 ASINs a call (searchCatalogItems).</summary>
    Task<IReadOnlyList<CatalogItem>> SearchCatalogItemsAsync(IReadOnlyList<string> asins, CancellationToken cancellationToken = default);

    /// <summary>The seller's listing of a SKU with summaries, attributes, offers, issues and fulfillment availability; null when there is none.</summary>
    Task<ListingsItem?> GetListingsItemAsync(string sku, CancellationToken cancellationToken = default);

    /// <summary>One page (20 listings, by SKU) of searchListingsItems with the same datasets as <see cref="GetListingsItemAsync"/>; null token: the first page.</summary>
    Task<ListingsItemsPage> SearchListingsItemsPageAsync(string? pageToken, CancellationToken cancellationToken = default);

    /// <summary>Every listing of the seller in its marketplace, 20 a call, following the page tokens to the end.</summary>
    IAsyncEnumerable<ListingsItem> SearchListingsItemsAsync(CancellationToken cancellationToken = default);

    /// <summary>The new-condition offers on a SKU's detail page and which holds the Buy Box (getListingOffers); null when the SKU is unknown.</summary>
    Task<ListingOffers?> GetListingOffersAsync(string sku, CancellationToken cancellationToken = default);
}
