using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Dashboard;

/// <summary>
/// This silo's dashboard connections by tenant. The first connection of a tenant subscribes one observer to its
/// TenantGrain, the last one to leave unsubscribes it, and <see cref="RenewAsync"/> keeps the subscriptions alive. A notice
/// becomes one delta per distinct view, sent to just the connections watching it.
/// </summary>
public sealed partial class DashboardConnections(
    IGrainFactory grains, IHubContext<DashboardHub, IDashboardClient> hub, SessionCheck sessions, ILogger<DashboardConnections> logger)
{
    private readonly Dictionary<Guid, TenantDashboards> _tenants = [];
    private readonly SemaphoreSlim _membership = new(1, 1);
    private readonly Lock _gate = new();

    public async Task JoinAsync(Guid tenantId, HubCallerContext connection)
    {
        await _membership.WaitAsync();
        try
        {
            TenantDashboards? tenant;
            lock (_gate)
            {
                _tenants.TryGetValue(tenantId, out tenant);
            }

            if (tenant is null)
            {
                var observer = new TenantDashboardObserver(tenantId, this);
                tenant = new TenantDashboards(observer, grains.CreateObjectReference<ITenantObserver>(observer));
                await grains.GetTenant<ITenantDashboard>(tenantId).SubscribeAsync(tenant.Reference);
                LogSubscribed(tenantId);
            }

            lock (_gate)
            {
                tenant.Add(connection);
                _tenants[tenantId] = tenant;
            }
        }
        finally
        {
            _membership.Release();
        }
    }

    public async Task LeaveAsync(Guid tenantId, string connectionId)
    {
        await _membership.WaitAsync();
        try
        {
            TenantDashboards? emptied = null;
            lock (_gate)
            {
                if (_tenants.TryGetValue(tenantId, out var tenant) && tenant.Remove(connectionId) && tenant.IsEmpty)
                {
                    _tenants.Remove(tenantId);
                    emptied = tenant;
                }
            }

            if (emptied is not null)
            {
                try
                {
                    await grains.GetTenant<ITenantDashboard>(tenantId).UnsubscribeAsync(emptied.Reference);
                    LogUnsubscribed(tenantId);
                }
                finally
                {
                    // Even when the grain cannot be told, its subscription simply expires; the local reference must go now.
                    grains.DeleteObjectReference<ITenantObserver>(emptied.Reference);
                }
            }
        }
        finally
        {
            _membership.Release();
        }
    }

    public void Watch(Guid tenantId, string connectionId, DashboardView view)
    {
        lock (_gate)
        {
            if (_tenants.TryGetValue(tenantId, out var tenant))
            {
                tenant.Watch(connectionId, view);
            }
        }
    }

    /// <summary>How many tenants this silo holds dashboard connections of (each with one subscribed observer).</summary>
    public int TenantCount
    {
        get
        {
            lock (_gate)
            {
                return _tenants.Count;
            }
        }
    }

    /// <summary>Subscribes every tenant's observer again, before the grain's subscription lifetime runs out.</summary>
    public async Task RenewAsync()
    {
        List<(Guid TenantId, ITenantObserver Reference)> subscriptions;
        lock (_gate)
        {
            subscriptions = [.. _tenants.Select(t => (t.Key, t.Value.Reference))];
        }

        foreach (var (tenantId, reference) in subscriptions)
        {
            try
            {
                await grains.GetTenant<ITenantDashboard>(tenantId).SubscribeAsync(reference);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRenewalFailed(tenantId, exception);
            }
        }
    }

    /// <summary>Ends every dashboard connection of a tenant on this silo (browsers reconnect by themselves); returns how many.</summary>
    public int Drop(Guid tenantId)
    {
        var dropped = ConnectionsOf(tenantId);
        foreach (var connection in dropped)
        {
            connection.Abort();
        }

        return dropped.Count;
    }

    /// <summary>The account closed: its browsers are told (they sign out) and their connections end.</summary>
    internal async Task CloseTenantAsync(Guid tenantId)
    {
        await hub.Clients.Clients([.. ConnectionsOf(tenantId).Select(c => c.ConnectionId)]).TenantClosed();
        Drop(tenantId);
    }

    private IReadOnlyList<HubCallerContext> ConnectionsOf(Guid tenantId)
    {
        lock (_gate)
        {
            return _tenants.TryGetValue(tenantId, out var tenant) ? tenant.Connections : [];
        }
    }

    internal async Task SendChangesAsync(Guid tenantId, TenantProfitChanged change)
    {
        IReadOnlyList<(DashboardView View, IReadOnlyList<string> ConnectionIds)> views;
        lock (_gate)
        {
            views = _tenants.TryGetValue(tenantId, out var tenant) ? tenant.ByView() : [];
        }

        var grain = grains.GetTenant<ITenantDashboard>(tenantId);
        foreach (var (view, connectionIds) in views)
        {
            var delta = await grain.GetDashboardDeltaAsync(view, change);
            await hub.Clients.Clients(connectionIds).ProfitChanged(DashboardDeltaResponse.From(delta));
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dashboard observer subscribed for tenant {TenantId}")]
    private partial void LogSubscribed(Guid tenantId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dashboard observer unsubscribed for tenant {TenantId}")]
    private partial void LogUnsubscribed(Guid tenantId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the dashboard observer of tenant {TenantId} failed; the next renewal retries")]
    private partial void LogRenewalFailed(Guid tenantId, Exception exception);
}
