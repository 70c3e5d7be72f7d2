namespace Sellmetrics.Profit.Totals;

/// <summary>
/// One currency's totals as <c>/api/profit/summary</c> and <c>/api/profit/daily</c> return them. Amounts are summed at full
/// precision and only then rounded to the cent with <see cref="MidpointRounding.AwayFromZero"/>; net profit is computed before
/// rounding. Margin (net ÷ revenue) and ROI (net ÷ COGS) are ratios rounded to 4 places (0.2534 = 25.34 %), null when the
/// divisor is 0. <see cref="EstimatedFees"/> is the estimated part of <c>fees.total</c>.
/// </summary>
public sealed record ProfitTotals(
    string Currency,
    decimal Revenue,
    int Units,
    int Orders,
    FeeTotals Fees,
    decimal Refunds,
    decimal Reimbursements,
    decimal Cogs,
    decimal RecurringCosts,
    decimal NetProfit,
    decimal? Margin,
    decimal? Roi,
    decimal EstimatedFees);
