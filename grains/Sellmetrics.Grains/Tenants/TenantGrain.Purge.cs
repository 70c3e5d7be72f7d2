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
        TellObserversClosed();
        await DisconnectAllAsync(purgedBy);
        await ForgetProductsAsync();
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

    // Credentials deleted and pulls stopped at once, before anything else goes.
    private async Task DisconnectAllAsync(string actor)
    {
        foreach (var connection in await connections.ListAsync(TenantId))
        {
            await GrainFactory.GetConnectionGrain(TenantId, connection.Id).DisconnectAsync(actor);
        }
    }

    private async Task ForgetProductsAsync()
    {
        var products = await facts.ListProductsAsync(TenantId);
        await Task.WhenAll(products.Select(p => GrainFactory.GetProductGrain(TenantId, p.MarketplaceId, p.Sku).ForgetAsync()));
        _products = null;
        _tenantFacts = null;
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
