using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Web.Profit;

/// <summary>The totals of one currency over a range or a day, rounded to cents; <see cref="Margin"/> and <see cref="Roi"/> are null without revenue or costs.</summary>
public sealed record ProfitTotalsResponse(
    string Currency,
    decimal Revenue,
    int Units,
    int Orders,
    FeeTotalsResponse Fees,
    decimal Refunds,
    decimal Reimbursements,
    decimal Cogs,
    decimal RecurringCosts,
    decimal NetProfit,
    decimal? Margin,
    decimal? Roi,
    decimal EstimatedFees)
{
    public static ProfitTotalsResponse From(ProfitTotals totals) => new(
        totals.Currency,
        totals.Revenue,
        totals.Units,
        totals.Orders,
        FeeTotalsResponse.From(totals.Fees),
        totals.Refunds,
        totals.Reimbursements,
        totals.Cogs,
        totals.RecurringCosts,
        totals.NetProfit,
        totals.Margin,
        totals.Roi,
        totals.EstimatedFees);

    public static IReadOnlyList<ProfitTotalsResponse> From(IEnumerable<ProfitTotals> totals) => [.. totals.Select(From)];
}
