using Sellmetrics.Facts.Costs;
using Sellmetrics.Rules;

namespace Sellmetrics.Grains.Tenants;

public sealed partial class TenantGrain
{
    private IReadOnlyList<RecurringCost>? _recurringCosts;

    public async Task<IReadOnlyList<RecurringCost>> GetRecurringCostsAsync() =>
        _recurringCosts ??= await recurringCosts.ListAsync(TenantId);

    public async Task<RecurringCost?> SaveRecurringCostAsync(RecurringCost cost, bool isNew, string actor)
    {
        if (CostRules.Validate(cost.Name, cost.Category, cost.Amount, cost.Currency, cost.StartDate, cost.EndDate).Count > 0)
        {
            return null;
        }

        var saved = cost with { Name = cost.Name.Trim(), Category = cost.Category.Trim() };
        if (!await recurringCosts.SaveAsync(TenantId, saved, isNew, actor, time.GetUtcNow()))
        {
            return null;
        }

        _recurringCosts = null;
        _tenantFacts = null;
        NoteTenantLevelChanged();
        return saved;
    }

    public async Task<bool> DeleteRecurringCostAsync(Guid costId, string actor)
    {
        var deleted = await recurringCosts.DeleteAsync(TenantId, costId, actor, time.GetUtcNow());
        _recurringCosts = null;
        _tenantFacts = null;
        if (deleted)
        {
            NoteTenantLevelChanged();
        }

        return deleted;
    }
}
