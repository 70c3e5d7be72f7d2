using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Grains.Products;

namespace Sellmetrics.Grains.Tenants;

/// <summary>
/// What changed in a tenant's numbers during one coalescing window: the days, the marketplaces, the products, the feed
/// events and when. <see cref="AllDays"/> is set when tenant-level facts or costs changed, which can move any day.
/// </summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.tenant-profit-changed")]
public sealed record TenantProfitChanged(
    [property: Id(0)] IReadOnlyList<DateOnly> Days,
    [property: Id(1)] IReadOnlyList<string> Marketplaces,
    [property: Id(2)] DateTimeOffset At)
{
    [Id(3)]
    public IReadOnlyList<ProductKey> Products { get; init; } = [];

    [Id(4)]
    public IReadOnlyList<ActivityEvent> Events { get; init; } = [];

    [Id(5)]
    public bool AllDays { get; init; }
}
