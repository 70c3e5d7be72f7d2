using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Web.Profit;

/// <summary>The body of <c>GET /api/profit/summary</c>: totals per currency over an inclusive date range, never converted.</summary>
public sealed record ProfitSummaryResponse(DateOnly From, DateOnly To, IReadOnlyList<ProfitTotalsResponse> Totals)
{
    public static ProfitSummaryResponse Of(ProfitSummary summary) => new(summary.From, summary.To, ProfitTotalsResponse.From(summary.Totals));
}
