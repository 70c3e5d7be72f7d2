using Sellmetrics.Profit;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Grains.Dashboard;

/// <summary>Everything a dashboard shows for its view, computed at <see cref="AsOf"/>; <see cref="Today"/> is the tenant's local day.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.dashboard-snapshot")]
public sealed record DashboardSnapshot(
    [property: Id(0)] DateTimeOffset AsOf,
    [property: Id(1)] DateOnly Today,
    [property: Id(2)] DashboardView View,
    [property: Id(3)] IReadOnlyList<DashboardTile> Tiles,
    [property: Id(4)] ValueList<DailyProfit> Daily,
    [property: Id(5)] IReadOnlyList<ProductProfitRow> Products,
    [property: Id(6)] IReadOnlyList<ActivityEvent> Feed,
    [property: Id(7)] IReadOnlyList<MarketplaceOption> Marketplaces);
