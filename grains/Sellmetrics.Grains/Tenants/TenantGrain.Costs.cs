using Sellmetrics.Data.Costs;
using Sellmetrics.Grains.Costs;

namespace Sellmetrics.Grains.Tenants;

public sealed partial class TenantGrain
{
    private IReadOnlyList<RecurringCost>? _recurringCosts;

    public async Task<IReadOnlyList<RecurringCost>> GetRecurringCostsAsync() =>
        _recurringCosts ??= [.. (await recurringCosts.ListAsync(TenantId)).Select(FromRow)];

    public async Task<RecurringCost?> SaveRecurringCostAsync(RecurringCost cost, bool isNew, string actor)
    {
        if (CostRules.Validate(cost.Name, cost.Category, cost.Amount, cost.Currency, cost.StartDate, cost.EndDate).Count > 0)
        {
            return null;
        }

        var saved = cost with { Name = cost.Name.Trim(), Category = cost.Category.Trim() };
        if (!await recurringCosts.SaveAsync(TenantId, ToRow(saved), isNew, actor, time.GetUtcNow()))
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

    private static RecurringCost FromRow(RecurringCostRow row) => new(
        row.Id, row.Name, row.Category, row.Amount, row.Currency, Enum.Parse<CostFrequency>(row.Frequency, ignoreCase: true), row.StartDate, row.EndDate);

    private static RecurringCostRow ToRow(RecurringCost cost) => new(
        cost.Id, cost.Name, cost.Category, cost.Amount, cost.Currency, cost.Frequency.ToString().ToLowerInvariant(), cost.StartDate, cost.EndDate);
}
