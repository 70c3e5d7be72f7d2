using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Web.Products;
using Sellmetrics.Web.Profit;

namespace Sellmetrics.Web.Dashboard;

/// <summary>What the hub's <c>Watch</c> answers: everything the dashboard shows for its view, computed at <see cref="AsOf"/>; <see cref="Today"/> is the tenant's local day.</summary>
public sealed record DashboardSnapshotResponse(
    DateTimeOffset AsOf,
    DateOnly Today,
    DashboardViewResponse View,
    IReadOnlyList<DashboardTileResponse> Tiles,
    IReadOnlyList<DailyProfitResponse> Daily,
    IReadOnlyList<ProductProfitResponse> Products,
    IReadOnlyList<ActivityEventResponse> Feed,
    IReadOnlyList<MarketplaceOptionResponse> Marketplaces)
{
    public static DashboardSnapshotResponse From(DashboardSnapshot snapshot) => new(
        snapshot.AsOf,
        snapshot.Today,
        DashboardViewResponse.Of(snapshot.View),
        DashboardTileResponse.Of(snapshot.Tiles),
        DailyProfitResponse.From(snapshot.Daily),
        ProductProfitResponse.From(snapshot.Products),
        ActivityEventResponse.From(snapshot.Feed),
        [.. snapshot.Marketplaces.Select(MarketplaceOptionResponse.From)]);
}
