using Sellmetrics.Grains.Costs;

namespace Sellmetrics.Grains.Tenants;

/// <summary>One seller business (key: tenant id, 32 hex digits): lifecycle, provisioning and purge.</summary>
[Alias("sellmetrics.tenant")]
public interface ITenantGrain : IGrainWithStringKey
{
    /// <summary>Creates or migrates the tenant's schema and role; called at sign-up.</summary>
    Task ProvisionAsync();

    /// <summary>Status, users, activation and storage facts for the admin view; null when there is no such tenant.</summary>
    Task<TenantSummary?> GetSummaryAsync();

    /// <summary>Marks the tenant for deletion; a reminder purges it once the grace period has passed.</summary>
    Task<DateTimeOffset?> ScheduleDeletionAsync(string requestedBy);

    /// <summary>The tenant's recurring costs; called by the costs endpoints.</summary>
    Task<IReadOnlyList<RecurringCost>> GetRecurringCostsAsync();

    /// <summary>Adds a cost (<paramref name="isNew"/>) or replaces one; null when the cost to replace does not exist or is invalid.</summary>
    Task<RecurringCost?> SaveRecurringCostAsync(RecurringCost cost, bool isNew, string actor);

    /// <summary>Deletes a recurring cost; false when the tenant has no such cost.</summary>
    Task<bool> DeleteRecurringCostAsync(Guid costId, string actor);

    /// <summary>Deletes everything of the tenant now, keeping one audit record; false when there is no such tenant.</summary>
    Task<bool> PurgeAsync(string purgedBy, string reason);
}
