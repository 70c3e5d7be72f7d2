using Microsoft.Extensions.Hosting;
using Sellmetrics.Grains.Tenants;

namespace Sellmetrics.Web.Dashboard;

/// <summary>
/// Every 15 seconds ends dashboard connections whose session has ended; every fourth round (five times per subscription
/// lifetime, so one missed renewal loses nothing) renews this silo's observers.
/// </summary>
internal sealed class DashboardRenewal(DashboardConnections connections) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(15);
    private static readonly long RoundsPerRenewal = (long)(TenantObservers.Lifetime / 5 / Period);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        try
        {
            for (long round = 1; await timer.WaitForNextTickAsync(stoppingToken); round++)
            {
                await connections.EndExpiredSessionsAsync();
                if (round % RoundsPerRenewal == 0)
                {
                    await connections.RenewAsync();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }
}
