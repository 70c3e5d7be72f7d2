namespace Sellmetrics.Web.Costs;

/// <summary>A recurring cost as the seller enters it; frequency is daily, weekly, monthly or yearly.</summary>
public sealed record RecurringCostRequest(
    string? Name, string? Category, decimal? Amount, string? Currency, string? Frequency, DateOnly? StartDate, DateOnly? EndDate);
