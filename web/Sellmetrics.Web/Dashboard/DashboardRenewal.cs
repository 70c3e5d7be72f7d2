using Microsoft.Extensions.Hosting;

namespace Sellmetrics.Web.Dashboard;

/// <summary>
/// Every 15 seconds: ends dashboard connections whose session has ended, and renews this silo's observers (well within
/// their subscription lifetime, so missed renewals lose nothing).
/// </summary>
internal sealed class DashboardRenewal(DashboardConnections connections) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await connections.EndExpiredSessionsAsync();
                await connections.RenewAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }
}
