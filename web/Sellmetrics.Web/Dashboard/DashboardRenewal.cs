using Microsoft.Extensions.Hosting;
using Sellmetrics.Grains.Tenants;

namespace Sellmetrics.Web.Dashboard;

/// <summary>Renews this silo's dashboard observers five times per subscription lifetime, so one missed renewal loses nothing.</summary>
internal sealed class DashboardRenewal(DashboardConnections connections) : BackgroundService
{
    public static readonly TimeSpan Period = TenantObservers.Lifetime / 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await connections.RenewAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }
}
