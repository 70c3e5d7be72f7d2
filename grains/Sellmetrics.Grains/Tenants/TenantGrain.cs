using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sellmetrics.Data.Connections;
using Sellmetrics.Data.Costs;
using Sellmetrics.Data.Facts;
using Sellmetrics.Data.Identity;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Grains.Dashboard;

namespace Sellmetrics.Grains.Tenants;

public sealed partial class TenantGrain(
    TenantStore tenants,
    TenantProvisioner provisioner,
    TenantRemoval removal,
    TenantDatabase tenantDatabase,
    AuditLog audit,
    RecurringCostStore recurringCosts,
    FactReader facts,
    CogsStore unitCosts,
    ConnectionStore connections,
    IOptions<SellmetricsOptions> options,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    ILocalSiloDetails silo,
    IPurgeStepObserver purgeSteps,
    ILogger<TenantGrain> logger) : Grain, ITenantLifecycle, ITenantSettings, ITenantCosts, ITenantProfit, ITenantDashboard, IRemindable
{
    private const string PurgeReminder = "purge";

    private readonly DateTimeOffset _activatedAt = time.GetUtcNow();

    private Guid TenantId => Guid.ParseExact(this.GetPrimaryKeyString(), "N");

    public Task ProvisionAsync() => provisioner.MigrateAsync(TenantId);

    public async Task<TenantSummary?> GetSummaryAsync()
    {
        if (await tenants.FindAsync(TenantId) is not { } tenant)
        {
            return null;
        }

        var users = await tenants.ListUserIdsAsync(TenantId);
        var facts = await removal.ReadFactsAsync(TenantId);
        var connections = (await ListConnectionsAsync())
            .Select(c => $"{string.Join(", ", c.MarketplaceIds.Select(MarketplaceTitles.Of))} · {c.Account} · {c.Status}").ToList();
        return new TenantSummary(
            tenant.Id, tenant.Status.ToString(), tenant.CreatedAt, tenant.PurgeAfter, users.Count, connections,
            silo.SiloAddress.ToString(), _activatedAt, facts.SchemaBytes, facts.SchemaTables, facts.GrainStateRows, facts.Reminders);
    }

    public async Task<DateTimeOffset?> ScheduleDeletionAsync(string requestedBy)
    {
        if (await tenants.FindAsync(TenantId) is null)
        {
            return null;
        }

        var purgeAfter = time.GetUtcNow() + options.Value.DeletionGracePeriod;
        await tenants.SetStatusAsync(TenantId, TenantStatus.PendingDeletion, purgeAfter);
        await DisconnectAllAsync(requestedBy);
        TellObserversClosed();
        await AuditAsync(requestedBy, "account.closed");
        await this.RegisterOrUpdateReminder(PurgeReminder, options.Value.PurgeCheckPeriod, options.Value.PurgeCheckPeriod);
        LogDeletionScheduled(TenantId, purgeAfter);
        return purgeAfter;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var tenant = await tenants.FindAsync(TenantId);
        if (tenant is null)
        {
            await UnregisterRemindersAsync();
        }
        else if (tenant.Status == TenantStatus.Purging && await tenants.FindPurgeRequestAsync(TenantId) is { } unfinished)
        {
            await FinishPurgeAsync(unfinished);
        }
        else if (tenant is { Status: TenantStatus.PendingDeletion, PurgeAfter: { } due } && time.GetUtcNow() >= due)
        {
            await PurgeAsync("system", "seller-deletion");
        }
    }

    private Task AuditAsync(string actor, string action) => audit.WriteAsync(TenantId, actor, action, time.GetUtcNow());

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} will be purged after {PurgeAfter}")]
    private partial void LogDeletionScheduled(Guid tenantId, DateTimeOffset purgeAfter);
}
