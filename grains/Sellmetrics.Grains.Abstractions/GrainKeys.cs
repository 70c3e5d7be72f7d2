using Sellmetrics.Grains.Accounts;
using Sellmetrics.Grains.Tenants;

namespace Sellmetrics.Grains;

/// <summary>
/// How ids become grain keys (32 hex digits), in one place. Every grain of a tenant has a key that
/// starts with the tenant's key, which is how a purge finds its rows in the shared Orleans tables.
/// </summary>
public static class GrainKeys
{
    public static string Of(Guid id) => id.ToString("N");

    public static ITenantGrain GetTenantGrain(this IGrainFactory grains, Guid tenantId) => grains.GetGrain<ITenantGrain>(Of(tenantId));

    public static IUserGrain GetUserGrain(this IGrainFactory grains, Guid userId) => grains.GetGrain<IUserGrain>(Of(userId));
}
