namespace Sellmetrics.Profit.Totals;

/// <summary>
/// One row of <c>GET /api/products</c> for one currency, rounded like <see cref="ProfitTotals"/>. Net profit has no recurring
/// costs (those belong to the tenant); <see cref="UnitCost"/> is the cost in force on the range's last day, null when
/// unknown, and <see cref="UnitCostFrom"/> the day it took effect.
/// </summary>
public sealed record ProductProfitRow(
    string MarketplaceId,
    string Sku,
    string? Asin,
    string? Title,
    string Currency,
    int Units,
    decimal Revenue,
    FeeTotals Fees,
    decimal Refunds,
    decimal Reimbursements,
    decimal Cogs,
    decimal NetProfit,
    decimal? Margin,
    decimal? Roi,
    decimal? UnitCost,
    decimal EstimatedFees,
    DateOnly? UnitCostFrom);
