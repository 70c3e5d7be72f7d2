using Orleans.Concurrency;
using Sellmetrics.Grains.Products;
using Sellmetrics.Profit;
using Sellmetrics.Profit.Days;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Grains.Tenants;

/// <summary>The tenant's profit over a range, and the notices of the product grains and pulls that change it. One role of the tenant grain (key: tenant id, 32 hex digits).</summary>
[Alias("sellmetrics.tenant.profit")]
public interface ITenantProfit : ITenantRole
{
    /// <summary>Totals per currency over a range, optionally of one marketplace; called by the profit API.</summary>
    Task<ProfitSummary> GetProfitSummaryAsync(DateRange range, string? marketplace);

    /// <summary>Each day's totals per currency over a range.</summary>
    Task<ValueList<DailyProfit>> GetDailyProfitAsync(DateRange range, string? marketplace);

    /// <summary>One row per product and currency over a range.</summary>
    Task<IReadOnlyList<ProductProfitRow>> GetProductsAsync(DateRange range, string? marketplace);

    /// <summary>A product's recomputed days; sent by its ProductProfitGrain, never awaited by it.</summary>
    [OneWay]
    Task ProductChangedAsync(ProductChanged change);

    /// <summary>Tenant-level facts (fees and reimbursements without a SKU) changed; sent by a pull.</summary>
    [OneWay]
    Task TenantFactsChangedAsync();
}
