using Sellmetrics.Grains.Tenants;

namespace Sellmetrics.Web.Dashboard;

/// <summary>The TenantGrain's view of this silo's dashboards of one tenant: it hands each notice to <see cref="DashboardConnections"/>.</summary>
internal sealed class TenantDashboardObserver(Guid tenantId, DashboardConnections connections) : ITenantObserver
{
    public Task ProfitChanged(TenantProfitChanged change) => connections.SendChangesAsync(tenantId, change);

    public Task TenantClosed() => connections.CloseTenantAsync(tenantId);
}
