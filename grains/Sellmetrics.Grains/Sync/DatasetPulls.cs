using Sellmetrics.Grains.Sync.Amazon;
using Sellmetrics.Grains.Sync.Walmart;
using Sellmetrics.Profit.Days;

namespace Sellmetrics.Grains.Sync;

/// <summary>The datasets pulled for each marketplace, in the order they are served when equally due.</summary>
internal static class DatasetPulls
{
    public static IReadOnlyList<DatasetPull> For(string marketplace, ReportingTimeZone zone) => marketplace switch
    {
        MarketplaceNames.Amazon =>
        [
            new AmazonOrdersPull(), new AmazonFinancesPull(zone), new AmazonInventoryPull(), new AmazonReturnsPull(),
            new AmazonReimbursementsPull(), new AmazonCatalogPull(), new AmazonTrafficPull(), new AmazonSettlementsPull(),
        ],
        MarketplaceNames.Walmart =>
        [
            new WalmartOrdersPull(), new WalmartReconciliationPull(), new WalmartInventoryPull(), new WalmartReturnsPull(), new WalmartItemsPull(),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(marketplace), marketplace, "Unknown marketplace."),
    };
}
