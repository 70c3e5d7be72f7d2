using Sellmetrics.Grains.Accounts;
using Sellmetrics.Grains.Connections;
using Sellmetrics.Grains.Products;
using Sellmetrics.Grains.Tenants;

namespace Sellmetrics.Grains;

/// <summary>
/// How ids become grain keys (32 hex digits), in one place. Every grain of a tenant has a key that
/// starts with the tenant's key, which is how a purge finds its rows in the shared Orleans tables.
/// </summary>
public static class GrainKeys
{
    public static string Of(Guid id) => id.ToString("N");

    /// <summary>The tenant grain in the role the caller needs (<see cref="ITenantCosts"/>, <see cref="ITenantProfit"/>, …).</summary>
    public static TRole GetTenant<TRole>(this IGrainFactory grains, Guid tenantId)
        where TRole : ITenantRole => grains.GetGrain<TRole>(Of(tenantId));

    public static ITenantMarketplaceDataGrain GetTenantMarketplaceDataGrain(this IGrainFactory grains, Guid tenantId) => grains.GetGrain<ITenantMarketplaceDataGrain>(Of(tenantId));

    public static IMarketplaceConnectionGrain GetConnectionGrain(this IGrainFactory grains, Guid tenantId, Guid connectionId) =>
        grains.GetGrain<IMarketplaceConnectionGrain>($"{Of(tenantId)}/{Of(connectionId)}");

    // A SKU may hold any character, '/' included, so it comes last and is never split.
    public static IProductProfitGrain GetProductGrain(this IGrainFactory grains, Guid tenantId, string marketplaceId, string sku) =>
        grains.GetGrain<IProductProfitGrain>($"{Of(tenantId)}/{marketplaceId}/{sku}");

    /// <summary>The tenant id, and the rest after its "/", of a tenant-scoped grain key.</summary>
    public static (Guid TenantId, string Remainder) Split(string key) => (Guid.ParseExact(key[..32], "N"), key[33..]);

    public static IUserGrain GetUserGrain(this IGrainFactory grains, Guid userId) => grains.GetGrain<IUserGrain>(Of(userId));
}
