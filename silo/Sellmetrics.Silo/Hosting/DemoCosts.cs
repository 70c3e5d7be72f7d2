using Sellmetrics.Facts.Costs;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Grains.Products;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Silo.Hosting;

/// <summary>
/// The demo seller's costs, so its first screen is a real P&amp;L: every product a unit cost of 25–45 % of its list
/// price (the share fixed per SKU, the same every run), and two recurring costs of the business.
/// </summary>
internal static class DemoCosts
{
    public const string Currency = "USD";

    public static IReadOnlyList<CogsImportLine> UnitCosts(IReadOnlyList<SandboxProduct> products, string amazonMarketplaceId, DateOnly from) =>
    [
        .. products.Select(p => new CogsImportLine(amazonMarketplaceId, p.Sku, UnitCostOf(p), Currency, from)),
        .. products.Where(p => p.OnWalmart).Select(p => new CogsImportLine(WalmartMarketplaces.UnitedStates.Id, p.Sku, UnitCostOf(p), Currency, from)),
    ];

    public static IReadOnlyList<RecurringCost> Recurring(DateOnly from) =>
    [
        new(Guid.NewGuid(), "Software subscriptions", "software", 89.00m, Currency, CostFrequency.Monthly, from, null),
        new(Guid.NewGuid(), "Business insurance", "insurance", 1200.00m, Currency, CostFrequency.Yearly, from, null),
    ];

    public static decimal UnitCostOf(SandboxProduct product) =>
        Math.Round(product.Price * (25 + (int)(StableShare(product.Sku) % 21)) / 100m, 2, MidpointRounding.AwayFromZero);

    // FNV-1a: string.GetHashCode changes between runs, the demo's costs must not.
    private static uint StableShare(string sku)
    {
        var hash = 2166136261u;
        foreach (var c in sku)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
