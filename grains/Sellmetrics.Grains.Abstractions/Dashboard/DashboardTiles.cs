using Sellmetrics.Profit.Days;

namespace Sellmetrics.Grains.Dashboard;

/// <summary>The tiles every dashboard shows, and the days each covers given the tenant's today and the watched range.</summary>
public static class DashboardTiles
{
    public const string Today = "today";
    public const string Yesterday = "yesterday";
    public const string MonthToDate = "monthToDate";
    public const string Range = "range";

    public static IReadOnlyList<(string Key, DateRange Days)> For(DateOnly today, DateRange range) =>
    [
        (Today, new DateRange(today, today)),
        (Yesterday, new DateRange(today.AddDays(-1), today.AddDays(-1))),
        (MonthToDate, new DateRange(new DateOnly(today.Year, today.Month, 1), today)),
        (Range, range),
    ];
}
