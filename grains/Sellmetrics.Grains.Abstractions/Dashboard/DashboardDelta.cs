using Sellmetrics.Profit;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Grains.Dashboard;

/// <summary>
/// What changed for one view (<see cref="View"/>, so a browser that moved on can tell) in one coalescing window: all tiles anew, the changed days inside the range, the changed
/// products' rows and the new feed events (newest first).
/// </summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.dashboard-delta")]
public sealed record DashboardDelta(
    [property: Id(0)] DateTimeOffset AsOf,
    [property: Id(1)] DateOnly Today,
    [property: Id(2)] IReadOnlyList<DashboardTile> Tiles,
    [property: Id(3)] ValueList<DailyProfit> Days,
    [property: Id(4)] IReadOnlyList<ProductRows> Products,
    [property: Id(5)] IReadOnlyList<ActivityEvent> Events,
    [property: Id(6)] DashboardView View);
