using Sellmetrics.Profit.Buckets;
using Sellmetrics.Web.Profit;

namespace Sellmetrics.Web.Products;

/// <summary>
/// One day of <c>GET /api/products/{marketplaceId}/{sku}/days</c> for one currency, at full precision: <see cref="Fees"/>
/// includes the estimated part in <see cref="EstimatedFees"/>, and <see cref="Lines"/> explains every number.
/// </summary>
public sealed record ProductDayResponse(
    DateOnly Day,
    string? Marketplace,
    string? Sku,
    string Currency,
    int Units,
    IReadOnlyList<string> OrderIds,
    decimal Revenue,
    FeeTotalsResponse Fees,
    FeeTotalsResponse EstimatedFees,
    decimal Refunds,
    decimal Reimbursements,
    decimal Cogs,
    decimal RecurringCosts,
    IReadOnlyList<ProfitLineResponse> Lines,
    int Orders,
    bool HasEstimates,
    decimal NetProfit)
{
    public static ProductDayResponse From(DailyBucket day) => new(
        day.Day,
        day.Marketplace,
        day.Sku,
        day.Currency,
        day.Units,
        [.. day.OrderIds],
        day.Revenue,
        FeeTotalsResponse.From(day.Fees),
        FeeTotalsResponse.From(day.EstimatedFees),
        day.Refunds,
        day.Reimbursements,
        day.Cogs,
        day.RecurringCosts,
        [.. day.Lines.Select(ProfitLineResponse.From)],
        day.Orders,
        day.HasEstimates,
        day.NetProfit);
}
