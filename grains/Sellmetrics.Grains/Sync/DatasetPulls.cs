using Sellmetrics.Grains.Sync.Amazon;
using Sellmetrics.Grains.Sync.Walmart;

namespace Sellmetrics.Grains.Sync;

/// <summary>
/// The datasets pulled for each marketplace, in the order they are served when equally due: the catalog right after the
/// orders, whose first month names the products it describes.
/// </summary>
internal static class DatasetPulls
{
    public static IReadOnlyList<DatasetPull> For(string marketplace) => marketplace switch
    {
        MarketplaceNames.Amazon =>
        [
            new AmazonOrdersPull(), new AmazonCatalogPull(), new AmazonFinancesPull(), new AmazonInventoryPull(), new AmazonReturnsPull(),
            new AmazonReimbursementsPull(), new AmazonTrafficPull(), new AmazonSettlementsPull(),
        ],
        MarketplaceNames.Walmart =>
        [
            new WalmartOrdersPull(), new WalmartItemsPull(), new WalmartReconciliationPull(), new WalmartInventoryPull(), new WalmartReturnsPull(),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(marketplace), marketplace, "Unknown marketplace."),
    };
}
