namespace Sellmetrics.Grains.Tenants;

/// <summary>A silo's dashboard connections of one tenant, told by the TenantGrain when the tenant's numbers changed.</summary>
[Alias("sellmetrics.tenant-observer")]
public interface ITenantObserver : IGrainObserver
{
    /// <summary>The days whose numbers changed in the last coalescing window (≈ 250 ms); the browser refreshes those.</summary>
    Task ProfitChanged(TenantProfitChanged change);

    /// <summary>The tenant was closed or purged: the silo ends its dashboard connections of the tenant at once.</summary>
    Task TenantClosed();
}
