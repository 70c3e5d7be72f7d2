using Sellmetrics.Profit.Totals;
using Sellmetrics.Web.Profit;

namespace Sellmetrics.Web.Products;

/// <summary>
/// One row of <c>GET /api/products</c> and of the dashboard's products table, for one currency, rounded to cents;
/// <see cref="UnitCost"/> is the cost in force on the range's last day (null when unknown) and <see cref="UnitCostFrom"/> the day it took effect.
/// </summary>
public sealed record ProductProfitResponse(
    string MarketplaceId,
    string Sku,
    string? Asin,
    string? Title,
    string Currency,
    int Units,
    decimal Revenue,
    FeeTotalsResponse Fees,
    decimal Refunds,
    decimal Reimbursements,
    decimal Cogs,
    decimal NetProfit,
    decimal? Margin,
    decimal? Roi,
    decimal? UnitCost,
    decimal EstimatedFees,
    DateOnly? UnitCostFrom)
{
    public static ProductProfitResponse From(ProductProfitRow row) => new(
        row.MarketplaceId,
        row.Sku,
        row.Asin,
        row.Title,
        row.Currency,
        row.Units,
        row.Revenue,
        FeeTotalsResponse.From(row.Fees),
        row.Refunds,
        row.Reimbursements,
        row.Cogs,
        row.NetProfit,
        row.Margin,
        row.Roi,
        row.UnitCost,
        row.EstimatedFees,
        row.UnitCostFrom);

    public static IReadOnlyList<ProductProfitResponse> From(IEnumerable<ProductProfitRow> rows) => [.. rows.Select(From)];
}
