using Sellmetrics.Facts.Costs;

namespace Sellmetrics.Web.Costs;

public sealed record RecurringCostResponse(
    Guid Id, string Name, string Category, decimal Amount, string Currency, string Frequency, DateOnly StartDate, DateOnly? EndDate)
{
    public static RecurringCostResponse From(RecurringCost cost) => new(
        cost.Id, cost.Name, cost.Category, cost.Amount, cost.Currency, CostFrequencyNames.Of(cost.Frequency), cost.StartDate, cost.EndDate);
}
