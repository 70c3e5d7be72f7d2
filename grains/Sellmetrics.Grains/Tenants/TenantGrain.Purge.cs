using Microsoft.Extensions.Logging;
using Sellmetrics.Data.Identity;

namespace Sellmetrics.Grains.Tenants;

public sealed partial class TenantGrain
{
    public async Task<bool> PurgeAsync(string purgedBy, string reason)
    {
        if (await tenants.FindAsync(TenantId) is null)
        {
            return false;
        }

        await tenants.SetStatusAsync(TenantId, TenantStatus.Purging, null);
        var users = await tenants.ListUserIdsAsync(TenantId);
        await UnregisterRemindersAsync();
        await provisioner.DropAsync(TenantId);
        await removal.RemoveAsync(TenantId, purgedBy, reason, time.GetUtcNow());
        foreach (var userId in users)
        {
            await GrainFactory.GetUserGrain(userId).ForgetAsync();
        }

        LogPurged(TenantId, reason);
        DeactivateOnIdle();
        return true;
    }

    private async Task UnregisterRemindersAsync()
    {
        foreach (var reminder in await this.GetReminders())
        {
            await this.UnregisterReminder(reminder);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} purged ({Reason})")]
    private partial void LogPurged(Guid tenantId, string reason);
}
