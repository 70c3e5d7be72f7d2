using System.Globalization;
using Refit;
using Sellmetrics.Marketplaces.Amazon.Catalog;
using Sellmetrics.Marketplaces.Amazon.Finances;
using Sellmetrics.Marketplaces.Amazon.Inventory;
using Sellmetrics.Marketplaces.Amazon.Listings;
using Sellmetrics.Marketplaces.Amazon.Orders;
using Sellmetrics.Marketplaces.Amazon.Pricing;
using Sellmetrics.Marketplaces.Amazon.Reports;
using Sellmetrics.Marketplaces.Json;
using Sellmetrics.Marketplaces.RateLimiting;

namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>The SP-API client of one seller: Refit interfaces over an HTTP pipeline with the seller's token, buckets and retries.</summary>
internal sealed partial class AmazonSellerApi : IAmazonSellerApi
{
    private const string Marketplace = "Amazon";
    private const int MaxPageSize = 100;

    private readonly AmazonSellerCredentials _credentials;
    private readonly ReportDocumentDownloader _downloader;
    private readonly AmazonOptions _options;
    private readonly MarketplaceClockOptions _clock;
    private readonly TimeProvider _timeProvider;
    private readonly IOrdersApi _orders;
    private readonly IFinancesApi _finances;
    private readonly IFbaInventoryApi _inventory;
    private readonly IReportsApi _reports;
    private readonly ICatalogItemsApi _catalog;
    private readonly IListingsItemsApi _listings;
    private readonly IProductPricingApi _pricing;

    public AmazonSellerApi(
        AmazonSellerCredentials credentials,
        HttpClient http,
        ReportDocumentDownloader downloader,
        AmazonOptions options,
        MarketplaceClockOptions clock,
        TimeProvider timeProvider)
    {
        _credentials = credentials;
        _downloader = downloader;
        _options = options;
        _clock = clock;
        _timeProvider = timeProvider;
        var exact = new RefitSettings(new SystemTextJsonContentSerializer(MarketplaceJson.Exact));
        var camel = new RefitSettings(new SystemTextJsonContentSerializer(MarketplaceJson.CamelCase));
        _orders = RestService.For<IOrdersApi>(http, exact);
        _finances = RestService.For<IFinancesApi>(http, exact);
        _inventory = RestService.For<IFbaInventoryApi>(http, camel);
        _reports = RestService.For<IReportsApi>(http, camel);
        _catalog = RestService.For<ICatalogItemsApi>(http, camel);
        _listings = RestService.For<IListingsItemsApi>(http, camel);
        _pricing = RestService.For<IProductPricingApi>(http, exact);
    }

    public string SellerId => _credentials.SellerId;

    public string MarketplaceId => _credentials.MarketplaceId;

    internal static string Iso(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static string? Iso(DateTimeOffset? value) => value is { } v ? Iso(v) : null;
}
