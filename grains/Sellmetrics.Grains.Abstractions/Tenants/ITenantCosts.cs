using Sellmetrics.Facts.Costs;
using Sellmetrics.Grains.Products;

namespace Sellmetrics.Grains.Tenants;

/// <summary>What the seller spends beyond the marketplaces: recurring costs and unit costs. One role of the tenant grain (key: tenant id, 32 hex digits).</summary>
[Alias("sellmetrics.tenant.costs")]
public interface ITenantCosts : ITenantRole
{
    /// <summary>The tenant's recurring costs; called by the costs endpoints.</summary>
    Task<IReadOnlyList<RecurringCost>> GetRecurringCostsAsync();

    /// <summary>Adds a cost (<paramref name="isNew"/>) or replaces one; null when the cost to replace does not exist or is invalid.</summary>
    Task<RecurringCost?> SaveRecurringCostAsync(RecurringCost cost, bool isNew, string actor);

    /// <summary>Deletes a recurring cost; false when the tenant has no such cost.</summary>
    Task<bool> DeleteRecurringCostAsync(Guid costId, string actor);

    /// <summary>Stores a validated unit-cost import in one transaction and reprices the products it names; returns the rows stored.</summary>
    Task<int> ImportUnitCostsAsync(IReadOnlyList<CogsImportLine> lines, string actor);
}
