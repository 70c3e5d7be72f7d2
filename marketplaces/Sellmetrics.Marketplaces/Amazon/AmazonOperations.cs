using System.Text.RegularExpressions;
using Sellmetrics.Marketplaces.RateLimiting;

namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>The SP-API operations Sellmetrics calls, with the default usage plans of the official models.</summary>
public static partial class AmazonOperations
{
    public static MarketplaceOperation GetOrders { get; } = Get("getOrders", OrdersPath(), 0.0167m, 20);
    public static MarketplaceOperation GetOrderItems { get; } = Get("getOrderItems", OrderItemsPath(), 0.5m, 30);
    public static MarketplaceOperation ListFinancialEventGroups { get; } = Get("listFinancialEventGroups", EventGroupsPath(), 0.5m, 30);
    public static MarketplaceOperation ListFinancialEvents { get; } = Get("listFinancialEvents", EventsPath(), 0.5m, 30);
    public static MarketplaceOperation GetInventorySummaries { get; } = Get("getInventorySummaries", InventoryPath(), 2m, 2);
    public static MarketplaceOperation CreateReport { get; } = new("createReport", HttpMethod.Post, ReportsPath(), new(0.0167m, 15));
    public static MarketplaceOperation GetReports { get; } = Get("getReports", ReportsPath(), 0.0222m, 10);
    public static MarketplaceOperation GetReport { get; } = Get("getReport", ReportPath(), 2m, 15);
    public static MarketplaceOperation GetReportDocument { get; } = Get("getReportDocument", DocumentPath(), 0.0167m, 15);
    public static MarketplaceOperation GetCatalogItem { get; } = Get("getCatalogItem", CatalogPath(), 2m, 2);
    public static MarketplaceOperation SearchCatalogItems { get; } = Get("searchCatalogItems", CatalogSearchPath(), 2m, 2);
    public static MarketplaceOperation GetListingsItem { get; } = Get("getListingsItem", ListingsPath(), 5m, 10);
    public static MarketplaceOperation SearchListingsItems { get; } = Get("searchListingsItems", ListingsSearchPath(), 5m, 5);
    public static MarketplaceOperation GetListingOffers { get; } = Get("getListingOffers", ListingOffersPath(), 1m, 2);

    public static IReadOnlyList<MarketplaceOperation> All { get; } =
    [
        GetOrders, GetOrderItems, ListFinancialEventGroups, ListFinancialEvents, GetInventorySummaries,
        CreateReport, GetReports, GetReport, GetReportDocument, GetCatalogItem, SearchCatalogItems, GetListingsItem, SearchListingsItems, GetListingOffers,
    ];

    /// <summary>The response header in which the SP-API announces an operation's current rate.</summary>
    public const string RateLimitHeader = "x-amzn-RateLimit-Limit";

    private static MarketplaceOperation Get(string name, Regex path, decimal rate, int burst) => new(name, HttpMethod.Get, path, new(rate, burst));

    [GeneratedRegex("/orders/v0/orders/?$")]
    private static partial Regex OrdersPath();

    [GeneratedRegex("/orders/v0/orders/[^/]+/orderItems/?$")]
    private static partial Regex OrderItemsPath();

    [GeneratedRegex("/finances/v0/financialEventGroups/?$")]
    private static partial Regex EventGroupsPath();

    [GeneratedRegex("/finances/v0/financialEvents/?$")]
    private static partial Regex EventsPath();

    [GeneratedRegex("/fba/inventory/v1/summaries/?$")]
    private static partial Regex InventoryPath();

    [GeneratedRegex("/reports/2021-06-30/reports/?$")]
    private static partial Regex ReportsPath();

    [GeneratedRegex("/reports/2021-06-30/reports/[^/]+/?$")]
    private static partial Regex ReportPath();

    [GeneratedRegex("/reports/2021-06-30/documents/[^/]+/?$")]
    private static partial Regex DocumentPath();

    [GeneratedRegex("/catalog/2022-04-01/items/[^/]+/?$")]
    private static partial Regex CatalogPath();

    [GeneratedRegex("/catalog/2022-04-01/items/?$")]
    private static partial Regex CatalogSearchPath();

    [GeneratedRegex("/listings/2021-08-01/items/[^/]+/[^/]+/?$")]
    private static partial Regex ListingsPath();

    [GeneratedRegex("/listings/2021-08-01/items/[^/?]+/?$")]
    private static partial Regex ListingsSearchPath();

    [GeneratedRegex("/products/pricing/v0/listings/[^/]+/offers/?$")]
    private static partial Regex ListingOffersPath();
}
