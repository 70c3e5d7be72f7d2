using Sellmetrics.Grains.Connections.Amazon;
using Sellmetrics.Grains.Connections.Walmart;
using Sellmetrics.Rules;

namespace Sellmetrics.Grains.Connections;

/// <summary>
/// The datasets pulled for each marketplace, in the order they are served when equally due. Amazon's catalog comes first:
/// products costed before connecting (the demo's) get their titles before the orders' first month is in; a catalog that
/// found none is read again right after the orders' first month named them (<see cref="DatasetPull.ReadsNamedProducts"/>).
/// Walmart's item list names its own products, right after the orders.
/// </summary>
internal static class DatasetPulls
{
    public static IReadOnlyList<DatasetPull> For(string marketplace) => marketplace switch
    {
        MarketplaceNames.Amazon =>
        [
            new AmazonCatalogPull(), new AmazonOrdersPull(), new AmazonFinancesPull(), new AmazonInventoryPull(), new AmazonReturnsPull(),
            new AmazonReimbursementsPull(), new AmazonTrafficPull(), new AmazonSettlementsPull(),
        ],
        MarketplaceNames.Walmart =>
        [
            new WalmartOrdersPull(), new WalmartItemsPull(), new WalmartReconciliationPull(), new WalmartInventoryPull(), new WalmartReturnsPull(),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(marketplace), marketplace, "Unknown marketplace."),
    };
}
