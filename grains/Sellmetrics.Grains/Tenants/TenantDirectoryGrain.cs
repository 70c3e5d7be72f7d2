using Orleans.Concurrency;
using Sellmetrics.Data.Identity;

namespace Sellmetrics.Grains.Tenants;

[StatelessWorker]
public sealed class TenantDirectoryGrain(TenantStore tenants) : Grain, ITenantDirectoryGrain
{
    public async Task<IReadOnlyList<TenantListingSnapshot>> ListAsync() =>
        [.. (await tenants.ListAsync()).Select(tenant =>
            new TenantListingSnapshot(tenant.Id, tenant.Status.ToString(), tenant.CreatedAt, tenant.PurgeAfter, tenant.UserCount))];
}
