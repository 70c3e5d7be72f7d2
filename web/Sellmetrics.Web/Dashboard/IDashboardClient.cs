namespace Sellmetrics.Web.Dashboard;

/// <summary>What the server calls on a browser's dashboard connection; the method names are the JavaScript client's too (<see cref="HubContract"/>).</summary>
public interface IDashboardClient
{
    /// <summary>The watched view's numbers changed: apply the delta in place.</summary>
    Task ProfitChanged(DashboardDeltaResponse delta);

    /// <summary>The account was closed: the connection ends and the browser signs out.</summary>
    Task TenantClosed();
}
