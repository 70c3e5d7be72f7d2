using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Web.Auth;
using Sellmetrics.Web.Profit;

namespace Sellmetrics.Web.Dashboard;

/// <summary>
/// The live dashboard's connection: it joins its tenant (taken from the session's claims, never from the client) and
/// watches one view; <see cref="Watch"/> answers with the whole snapshot, and deltas for that view follow.
/// </summary>
[Authorize(Policy = Policies.Seller)]
public sealed class DashboardHub(DashboardConnections connections, IGrainFactory grains) : Hub<IDashboardClient>
{
    public const string Path = "/hubs/dashboard";

    private Guid TenantId => SessionClaims.TenantOf(Context.User!);

    public override Task OnConnectedAsync() => connections.JoinAsync(TenantId, Context);

    public override Task OnDisconnectedAsync(Exception? exception) => connections.LeaveAsync(TenantId, Context.ConnectionId);

    /// <summary>Starts (or changes) what this connection watches and returns its snapshot; a bad view is refused and changes nothing.</summary>
    public async Task<DashboardSnapshotResponse> Watch(DashboardViewRequest? view)
    {
        if (view is null)
        {
            throw new HubException("view: Required: from, to (YYYY-MM-DD) and a marketplace id or null.");
        }

        var (range, errors) = ReportQuery.Parse(view.From, view.To);
        ReportQuery.CheckMarketplace(view.Marketplace, errors);
        if (errors.Count > 0)
        {
            throw new HubException(string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }

        var watched = new DashboardView(range!.From, range.To, view.Marketplace);
        connections.Watch(TenantId, Context.ConnectionId, watched);
        return DashboardSnapshotResponse.From(await grains.GetTenant<ITenantDashboard>(TenantId).GetDashboardAsync(watched));
    }
}
