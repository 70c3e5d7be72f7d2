using Orleans.Concurrency;
using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Grains.Products;
using Sellmetrics.Grains.Sync;
using Sellmetrics.Profit;
using Sellmetrics.Profit.Costs;
using Sellmetrics.Profit.Days;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Grains.Tenants;

/// <summary>One seller business (key: tenant id, 32 hex digits): lifecycle, settings, connections, costs and profit totals.</summary>
[Alias("sellmetrics.tenant")]
public interface ITenantGrain : IGrainWithStringKey
{
    /// <summary>Creates or migrates the tenant's schema and role; called at sign-up.</summary>
    Task ProvisionAsync();

    /// <summary>Status, users, activation and storage facts for the admin view; null when there is no such tenant.</summary>
    Task<TenantSummary?> GetSummaryAsync();

    /// <summary>Marks the tenant for deletion; a reminder purges it once the grace period has passed.</summary>
    Task<DateTimeOffset?> ScheduleDeletionAsync(string requestedBy);

    /// <summary>Ends every session of the tenant's users (audited as done by <paramref name="endedBy"/>); returns how many. Called by admins.</summary>
    Task<int> EndSessionsAsync(string endedBy);

    /// <summary>The tenant's recurring costs; called by the costs endpoints.</summary>
    Task<IReadOnlyList<RecurringCost>> GetRecurringCostsAsync();

    /// <summary>Adds a cost (<paramref name="isNew"/>) or replaces one; null when the cost to replace does not exist or is invalid.</summary>
    Task<RecurringCost?> SaveRecurringCostAsync(RecurringCost cost, bool isNew, string actor);

    /// <summary>Deletes a recurring cost; false when the tenant has no such cost.</summary>
    Task<bool> DeleteRecurringCostAsync(Guid costId, string actor);

    /// <summary>The tenant's reporting time zone (IANA id); it decides which day an amount belongs to.</summary>
    Task<string> GetTimeZoneAsync();

    /// <summary>Changes the reporting time zone and rebuilds every product's days; false when the id is unknown.</summary>
    Task<bool> SetTimeZoneAsync(string ianaId, string actor);

    /// <summary>The tenant's marketplace connections with their sync status.</summary>
    Task<IReadOnlyList<ConnectionSnapshot>> ListConnectionsAsync();

    /// <summary>Totals per currency over a range, optionally of one marketplace; called by the profit API.</summary>
    Task<ProfitSummary> GetProfitSummaryAsync(DateRange range, string? marketplace);

    /// <summary>Each day's totals per currency over a range.</summary>
    Task<ValueList<DailyProfit>> GetDailyProfitAsync(DateRange range, string? marketplace);

    /// <summary>One row per product and currency over a range.</summary>
    Task<IReadOnlyList<ProductProfitRow>> GetProductsAsync(DateRange range, string? marketplace);

    /// <summary>Stores a validated unit-cost import in one transaction and reprices the products it names; returns the rows stored.</summary>
    Task<int> ImportUnitCostsAsync(IReadOnlyList<CogsImportLine> lines, string actor);

    /// <summary>A product's recomputed days; sent by its ProductProfitGrain, never awaited by it.</summary>
    [OneWay]
    Task ProductChangedAsync(ProductChanged change);

    /// <summary>Tenant-level facts (fees and reimbursements without a SKU) changed; sent by a pull.</summary>
    [OneWay]
    Task TenantFactsChangedAsync();

    /// <summary>Every table of the tenant's data as CSV, file by file (audited as an export by <paramref name="actor"/>).</summary>
    IAsyncEnumerable<ExportPart> ExportAsync(string actor, CancellationToken cancellationToken = default);

    /// <summary>Everything a dashboard shows for <paramref name="view"/>: tiles, daily series, products, the live feed.</summary>
    Task<DashboardSnapshot> GetDashboardAsync(DashboardView view);

    /// <summary>What <paramref name="change"/> means for a dashboard watching <paramref name="view"/>.</summary>
    Task<DashboardDelta> GetDashboardDeltaAsync(DashboardView view, TenantProfitChanged change);

    /// <summary>New entries for the live feed (a pull stored new facts, a seller changed a unit cost); never awaited.</summary>
    [OneWay]
    Task NoteActivityAsync(IReadOnlyList<ActivityEvent> events);

    /// <summary>Subscribes a silo's dashboard observer to coalesced change notices; renew before <see cref="TenantObservers.Lifetime"/> runs out.</summary>
    Task SubscribeAsync(ITenantObserver observer);

    /// <summary>Stops the notices to an observer (the silo's last dashboard connection of the tenant left).</summary>
    Task UnsubscribeAsync(ITenantObserver observer);

    /// <summary>Deletes everything of the tenant now, keeping one audit record; false when there is no such tenant.</summary>
    Task<bool> PurgeAsync(string purgedBy, string reason);
}
