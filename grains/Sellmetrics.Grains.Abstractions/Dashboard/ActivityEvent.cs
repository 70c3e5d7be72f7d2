namespace Sellmetrics.Grains.Dashboard;

/// <summary>
/// One entry of the live feed: something Sellmetrics learned at <see cref="LearnedAt"/> (a pull stored it, or a seller
/// entered it) that happened at <see cref="OccurredAt"/>. <see cref="Amount"/> is signed as it moves profit.
/// </summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.activity-event")]
public sealed record ActivityEvent(
    [property: Id(0)] string Id,
    [property: Id(1)] ActivityKind Kind,
    [property: Id(2)] DateTimeOffset LearnedAt,
    [property: Id(3)] DateTimeOffset OccurredAt,
    [property: Id(4)] string MarketplaceId,
    [property: Id(5)] string? Sku,
    [property: Id(6)] string? OrderId,
    [property: Id(7)] decimal? Amount,
    [property: Id(8)] string? Currency,
    [property: Id(9)] int? Units);
