using Microsoft.Extensions.Logging;
using Sellmetrics.Data.Identity;

namespace Sellmetrics.Grains.Tenants;

// Every step can run again: the purge reminder stays until the removal record is written (in the same statement that
// deletes the tenant's reminder rows), so a silo stopped between steps leaves a reminder that finishes the purge.
public sealed partial class TenantGrain
{
    public async Task<bool> PurgeAsync(string purgedBy, string reason)
    {
        if (await tenants.FindAsync(TenantId) is null)
        {
            return false;
        }

        await this.RegisterOrUpdateReminder(PurgeReminder, options.Value.PurgeCheckPeriod, options.Value.PurgeCheckPeriod);
        await tenants.MarkPurgingAsync(TenantId, purgedBy, reason);
        await FinishPurgeAsync(await tenants.FindPurgeRequestAsync(TenantId) ?? new PurgeRequest(purgedBy, reason));
        return true;
    }

    private async Task FinishPurgeAsync(PurgeRequest request)
    {
        var users = await tenants.ListUserIdsAsync(TenantId);
        TellObserversClosed();
        await purgeSteps.StepDoneAsync(TenantId, PurgeStep.Marked);
        if (await provisioner.ExistsAsync(TenantId))
        {
            await DisconnectAllAsync(request.PurgedBy);
            await purgeSteps.StepDoneAsync(TenantId, PurgeStep.Disconnected);
            await ForgetProductsAsync();
            await purgeSteps.StepDoneAsync(TenantId, PurgeStep.ProductsForgotten);
            await provisioner.DropAsync(TenantId);
            await purgeSteps.StepDoneAsync(TenantId, PurgeStep.SchemaDropped);
        }

        await removal.RemoveAsync(TenantId, request.PurgedBy, request.Reason, time.GetUtcNow());
        await purgeSteps.StepDoneAsync(TenantId, PurgeStep.Removed);
        foreach (var userId in users)
        {
            await GrainFactory.GetUserGrain(userId).ForgetAsync();
        }

        LogPurged(TenantId, request.Reason);
        DeactivateOnIdle();
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
