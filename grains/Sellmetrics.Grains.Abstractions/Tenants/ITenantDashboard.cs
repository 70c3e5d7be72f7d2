using Orleans.Concurrency;
using Sellmetrics.Grains.Dashboard;

namespace Sellmetrics.Grains.Tenants;

/// <summary>What the live dashboard shows and the coalesced change notices it subscribes to. One role of the tenant grain (key: tenant id, 32 hex digits).</summary>
[Alias("sellmetrics.tenant.dashboard")]
public interface ITenantDashboard : ITenantRole
{
    /// <summary>Everything a dashboard shows for <paramref name="view"/>: tiles, daily series, products, the live feed.</summary>
    Task<DashboardSnapshot> GetDashboardAsync(DashboardView view);

    /// <summary>What <paramref name="change"/> means for a dashboard watching <paramref name="view"/>.</summary>
    Task<DashboardDelta> GetDashboardDeltaAsync(DashboardView view, TenantProfitChanged change);

    /// <summary>New entries for the live feed (a pull stored new facts, a seller changed a unit cost); never awaited.</summary>
    [OneWay]
    Task NoteActivityAsync(IReadOnlyList<ActivityEvent> events);

    /// <summary>Subscribes a silo's dashboard observer to coalesced change notices; renew before <see cref="TenantObservers.Lifetime"/> runs out.</summary>
    Task SubscribeAsync(ITenantObserver observer);

    /// <summary>Stops the notices to an observer (the silo's last dashboard connection of the tenant left).</summary>
    Task UnsubscribeAsync(ITenantObserver observer);
}
