using Sellmetrics.Profit;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Grains.Dashboard;

/// <summary>One tile of the dashboard (<see cref="DashboardTiles"/> names them): the totals per currency of its days.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.dashboard-tile")]
public sealed record DashboardTile(
    [property: Id(0)] string Key,
    [property: Id(1)] DateOnly From,
    [property: Id(2)] DateOnly To,
    [property: Id(3)] ValueList<ProfitTotals> Totals);
