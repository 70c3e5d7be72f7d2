namespace Sellmetrics.Data.Costs;

/// <summary>A row of the tenant's <c>recurring_costs</c> table; frequency is daily, weekly, monthly or yearly.</summary>
public sealed record RecurringCostRow(Guid Id, string Name, string Category, decimal Amount, string Currency, string Frequency, DateOnly StartDate, DateOnly? EndDate);
