namespace Sellmetrics.Profit.Totals;

/// <summary>The body of <c>GET /api/profit/summary</c>: totals per currency over an inclusive date range, never converted.</summary>
public sealed record ProfitSummary(DateOnly From, DateOnly To, ValueList<ProfitTotals> Totals);
