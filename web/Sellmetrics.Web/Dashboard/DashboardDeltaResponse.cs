using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Web.Profit;

namespace Sellmetrics.Web.Dashboard;

/// <summary>
/// What the hub sends with <c>ProfitChanged</c> for one view (<see cref="View"/>, so a browser that moved on can tell): all
/// tiles anew, the changed days inside the range, the changed products' rows and the new feed events, newest first.
/// </summary>
public sealed record DashboardDeltaResponse(
    DateTimeOffset AsOf,
    DateOnly Today,
    IReadOnlyList<DashboardTileResponse> Tiles,
    IReadOnlyList<DailyProfitResponse> Days,
    IReadOnlyList<ProductRowsResponse> Products,
    IReadOnlyList<ActivityEventResponse> Events,
    DashboardViewResponse View)
{
    public static DashboardDeltaResponse From(DashboardDelta delta) => new(
        delta.AsOf,
        delta.Today,
        DashboardTileResponse.Of(delta.Tiles),
        DailyProfitResponse.From(delta.Days),
        [.. delta.Products.Select(ProductRowsResponse.From)],
        ActivityEventResponse.From(delta.Events),
        DashboardViewResponse.Of(delta.View));
}
