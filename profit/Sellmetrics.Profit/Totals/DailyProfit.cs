namespace Sellmetrics.Profit.Totals;

/// <summary>One day of <c>GET /api/profit/daily</c>: that day's totals per currency (empty on a day without numbers).</summary>
public sealed record DailyProfit(DateOnly Date, ValueList<ProfitTotals> Totals);
