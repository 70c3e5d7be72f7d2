using Microsoft.Extensions.Logging;
using Sellmetrics.Data.Identity;

namespace Sellmetrics.Grains.Tenants;

/// <summary>
/// Finishes purges nothing else will: once a silo is active, every tenant still marked Purging is asked to purge again
/// (each step can run again). A purge cut off before purges kept their reminder to the end has no reminder left.
/// </summary>
public sealed partial class UnfinishedPurges(TenantStore tenants, IGrainFactory grains, ILogger<UnfinishedPurges> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(nameof(UnfinishedPurges), ServiceLifecycleStage.Active, OnActive);

    private Task OnActive(CancellationToken cancellationToken)
    {
        // In the background, so a long purge does not hold the silo's start.
        _ = Task.Run(FinishAllAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task FinishAllAsync()
    {
        try
        {
            foreach (var tenantId in await tenants.ListPurgingAsync())
            {
                LogResuming(tenantId);
                await grains.GetTenant<ITenantLifecycle>(tenantId).PurgeAsync("system", "unfinished");
            }
        }
        catch (Exception e)
        {
            // The next silo start sweeps again; only the kind of failure is logged.
            LogSweepFailed(e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} was left half purged; finishing the purge")]
    private partial void LogResuming(Guid tenantId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sweep for unfinished purges failed ({Failure})")]
    private partial void LogSweepFailed(string failure);
}
