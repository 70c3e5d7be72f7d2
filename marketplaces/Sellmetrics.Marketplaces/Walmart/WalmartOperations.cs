using System.Text.RegularExpressions;
using Sellmetrics.Marketplaces.RateLimiting;

namespace Sellmetrics.Marketplaces.Walmart;

/// <summary>The Walmart operations Sellmetrics calls, with default buckets (configurable in <see cref="WalmartOptions.Rates"/>).</summary>
public static partial class WalmartOperations
{
    public static MarketplaceOperation GetAllOrders { get; } = Get("getAllOrders", OrdersPath(), 10m, 20);
    public static MarketplaceOperation GetReturns { get; } = Get("getReturns", ReturnsPath(), 10m, 20);
    public static MarketplaceOperation GetInventory { get; } = Get("getInventory", InventoryPath(), 10m, 20);
    public static MarketplaceOperation GetWfsInventory { get; } = Get("getWfsInventory", WfsInventoryPath(), 10m, 20);
    public static MarketplaceOperation GetAvailableReconReportDates { get; } = Get("getAvailableReconReportDates", ReconDatesPath(), 1m, 5);
    public static MarketplaceOperation GetReconReport { get; } = Get("getReconReport", ReconFilePath(), 1m, 5);
    public static MarketplaceOperation GetAllItems { get; } = Get("getAllItems", ItemsPath(), 10m, 20);

    public static IReadOnlyList<MarketplaceOperation> Defaults { get; } =
        [GetAllOrders, GetReturns, GetInventory, GetWfsInventory, GetAvailableReconReportDates, GetReconReport, GetAllItems];

    /// <summary>The operations with the buckets configured in <paramref name="options"/> applied.</summary>
    public static IReadOnlyList<MarketplaceOperation> Configured(WalmartOptions options) =>
        [.. Defaults.Select(o => options.Rates.TryGetValue(o.Name, out var rate)
            ? o with { DefaultRate = new OperationRate(rate.RequestsPerSecond, rate.Burst) }
            : o)];

    private static MarketplaceOperation Get(string name, Regex path, decimal rate, int burst) => new(name, HttpMethod.Get, path, new(rate, burst));

    [GeneratedRegex("/v3/orders/?$")]
    private static partial Regex OrdersPath();

    [GeneratedRegex("/v3/returns/?$")]
    private static partial Regex ReturnsPath();

    [GeneratedRegex("/v3/inventory/?$")]
    private static partial Regex InventoryPath();

    [GeneratedRegex("/v3/fulfillment/inventory/?$")]
    private static partial Regex WfsInventoryPath();

    [GeneratedRegex("/v3/report/reconreport/availableReconFiles/?$")]
    private static partial Regex ReconDatesPath();

    [GeneratedRegex("/v3/report/reconreport/reconFile/?$")]
    private static partial Regex ReconFilePath();

    [GeneratedRegex("/v3/items/?$")]
    private static partial Regex ItemsPath();
}
