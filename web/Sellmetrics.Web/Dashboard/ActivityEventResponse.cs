using Sellmetrics.Grains.Dashboard;

namespace Sellmetrics.Web.Dashboard;

/// <summary>One entry of the dashboard's live feed: what happened (<see cref="Kind"/>), when it happened and when Sellmetrics learned of it.</summary>
public sealed record ActivityEventResponse(
    string Id,
    ActivityKind Kind,
    DateTimeOffset LearnedAt,
    DateTimeOffset OccurredAt,
    string MarketplaceId,
    string? Sku,
    string? OrderId,
    decimal? Amount,
    string? Currency,
    int? Units)
{
    public static ActivityEventResponse From(ActivityEvent activity) => new(
        activity.Id, activity.Kind, activity.LearnedAt, activity.OccurredAt, activity.MarketplaceId, activity.Sku, activity.OrderId, activity.Amount, activity.Currency, activity.Units);

    public static IReadOnlyList<ActivityEventResponse> From(IEnumerable<ActivityEvent> events) => [.. events.Select(From)];
}
