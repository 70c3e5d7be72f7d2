using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Dashboard;

public sealed partial class DashboardConnections
{
    /// <summary>
    /// Ends the connections whose server-side session ended since they connected (a sign-out, a password or MFA change
    /// elsewhere, a closed account, an admin, the absolute lifetime): a WebSocket outlives the request whose cookie was
    /// checked. Returns how many.
    /// </summary>
    public async Task<int> EndExpiredSessionsAsync()
    {
        List<HubCallerContext> connections;
        lock (_gate)
        {
            connections = [.. _tenants.Values.SelectMany(t => t.Connections)];
        }

        // One check per session, however many tabs it has open.
        var ended = 0;
        foreach (var session in connections.GroupBy(c => SessionClaims.SessionIdOf(c.User!)))
        {
            try
            {
                if (await sessions.CurrentAsync(session.First().User!) is null)
                {
                    foreach (var connection in session)
                    {
                        connection.Abort();
                        ended++;
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSessionCheckFailed(exception);
            }
        }

        return ended;
    }

    /// <summary>Ends this silo's dashboard connections of a session that just signed out (other silos' sweeps end theirs); returns how many.</summary>
    public int EndSession(Guid sessionId)
    {
        List<HubCallerContext> ending;
        lock (_gate)
        {
            ending = [.. _tenants.Values.SelectMany(t => t.Connections).Where(c => SessionClaims.SessionIdOf(c.User!) == sessionId)];
        }

        foreach (var connection in ending)
        {
            connection.Abort();
        }

        return ending.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking a dashboard connection's session failed; the next round retries")]
    private partial void LogSessionCheckFailed(Exception exception);
}
