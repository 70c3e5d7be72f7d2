namespace Sellmetrics.Grains.Costs;

/// <summary>An overhead the seller enters, spread per day over its active period.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.recurring-cost")]
public sealed record RecurringCost(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Category,
    [property: Id(3)] decimal Amount,
    [property: Id(4)] string Currency,
    [property: Id(5)] CostFrequency Frequency,
    [property: Id(6)] DateOnly StartDate,
    [property: Id(7)] DateOnly? EndDate);
