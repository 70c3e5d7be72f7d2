using Sellmetrics.Grains.Dashboard;

namespace Sellmetrics.Web.Dashboard;

/// <summary>The view a dashboard watches: an inclusive date range and a marketplace id, or null for all of them.</summary>
public sealed record DashboardViewResponse(DateOnly From, DateOnly To, string? Marketplace)
{
    public static DashboardViewResponse Of(DashboardView view) => new(view.From, view.To, view.Marketplace);
}
