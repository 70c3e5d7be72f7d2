using Sellmetrics.Facts;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Profit;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Days;

namespace Sellmetrics.Grains.Products;

/// <summary>
/// One product of a tenant on one marketplace (key: tenant key + "/" + marketplace id + "/" + SKU): its facts, COGS schedule
/// and daily profit buckets, kept in memory and recomputed for the days a batch touches.
/// </summary>
[Alias("sellmetrics.product-profit")]
public interface IProductProfitGrain : IGrainWithStringKey
{
    /// <summary>Merges facts that were new or changed in the tenant's schema and recomputes the days they touch; called by a pull.</summary>
    Task ApplyAsync(SkuFacts batch);

    /// <summary>Reads the product's catalog entry (title, ASIN) again after a catalog pull changed it; called by a pull.</summary>
    Task CatalogChangedAsync();

    /// <summary>The product's identity, unit costs and every daily bucket (without their explaining lines); called by the TenantGrain.</summary>
    Task<ProductBuckets> GetBucketsAsync();

    /// <summary>The product's buckets in a range with the lines that explain every number; called by the products API.</summary>
    Task<ValueList<DailyBucket>> ExplainAsync(DateRange range);

    /// <summary>Sets the unit cost in force from a date and recomputes the sales it reprices.</summary>
    Task SetUnitCostAsync(CogsEntry entry, string actor);

    /// <summary>Rebuilds everything from the tenant's schema (after a COGS import or a time zone change).</summary>
    Task ReloadAsync();

    /// <summary>Drops everything held in memory and deactivates; called when the tenant is purged.</summary>
    Task ForgetAsync();
}
