using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Web.Profit;

/// <summary>One day of <c>GET /api/profit/daily</c> and of the dashboard's chart: that day's totals per currency (empty on a day without numbers).</summary>
public sealed record DailyProfitResponse(DateOnly Date, IReadOnlyList<ProfitTotalsResponse> Totals)
{
    public static DailyProfitResponse From(DailyProfit day) => new(day.Date, ProfitTotalsResponse.From(day.Totals));

    public static IReadOnlyList<DailyProfitResponse> From(IEnumerable<DailyProfit> days) => [.. days.Select(From)];
}
