using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Web.Profit;

namespace Sellmetrics.Web.Dashboard;

/// <summary>One tile of the dashboard (<c>today</c>, <c>yesterday</c>, <c>monthToDate</c>, <c>range</c>): its days and totals per currency.</summary>
public sealed record DashboardTileResponse(string Key, DateOnly From, DateOnly To, IReadOnlyList<ProfitTotalsResponse> Totals)
{
    public static DashboardTileResponse Of(DashboardTile tile) => new(tile.Key, tile.From, tile.To, ProfitTotalsResponse.From(tile.Totals));

    public static IReadOnlyList<DashboardTileResponse> Of(IEnumerable<DashboardTile> tiles) => [.. tiles.Select(Of)];
}
