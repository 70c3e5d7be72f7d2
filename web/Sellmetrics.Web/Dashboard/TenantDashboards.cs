using Microsoft.AspNetCore.SignalR;
using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Grains.Tenants;

namespace Sellmetrics.Web.Dashboard;

/// <summary>This silo's dashboard connections of one tenant, with what each watches, and the one observer they share.</summary>
internal sealed class TenantDashboards(TenantDashboardObserver observer, ITenantObserver reference)
{
    private readonly Dictionary<string, (HubCallerContext Connection, DashboardView? View)> _connections = new(StringComparer.Ordinal);

    // The observer object must stay referenced: Orleans holds object references weakly.
    public TenantDashboardObserver Observer { get; } = observer;

    public ITenantObserver Reference { get; } = reference;

    public bool IsEmpty => _connections.Count == 0;

    public void Add(HubCallerContext connection) => _connections[connection.ConnectionId] = (connection, null);

    public bool Remove(string connectionId) => _connections.Remove(connectionId);

    public void Watch(string connectionId, DashboardView view)
    {
        if (_connections.TryGetValue(connectionId, out var entry))
        {
            _connections[connectionId] = entry with { View = view };
        }
    }

    /// <summary>The connections that watch something, grouped by what they watch.</summary>
    public IReadOnlyList<(DashboardView View, IReadOnlyList<string> ConnectionIds)> ByView() =>
        [.. _connections.Where(c => c.Value.View is not null)
            .GroupBy(c => c.Value.View!, c => c.Key)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g]))];

    public IReadOnlyList<HubCallerContext> Connections => [.. _connections.Values.Select(c => c.Connection)];
}
