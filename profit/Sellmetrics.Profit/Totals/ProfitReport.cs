using Sellmetrics.Facts.Costs;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Days;

namespace Sellmetrics.Profit.Totals;

/// <summary>
/// Aggregates daily buckets (SKU and tenant level together) into the API's shapes, per currency and never converted.
/// A marketplace filter keeps only that marketplace's buckets, so recurring costs, which belong to none, drop out.
/// </summary>
public static class ProfitReport
{
    public static ProfitSummary Summary(IEnumerable<DailyBucket> buckets, DateRange range, string? marketplace = null) =>
        new(range.From, range.To, TotalsAccumulator.PerCurrency(InRange(buckets, range, marketplace)));

    public static ValueList<DailyProfit> Daily(IEnumerable<DailyBucket> buckets, DateRange range, string? marketplace = null)
    {
        var byDay = InRange(buckets, range, marketplace).ToLookup(b => b.Day);
        return new(range.Days().Select(day => new DailyProfit(day, TotalsAccumulator.PerCurrency(byDay[day]))));
    }

    public static ValueList<ProductProfitRow> Product(
        ProductIdentity product, IEnumerable<DailyBucket> buckets, DateRange range, CogsSchedule costs)
    {
        var own = InRange(buckets, range, product.MarketplaceId).Where(b => b.Sku == product.Sku).ToList();
        var unitCost = costs.InForceOn(range.To);
        var rows = TotalsAccumulator.PerCurrency(own).ToList();
        if (rows.Count == 0 && unitCost is not null)
        {
            rows.Add(new TotalsAccumulator(unitCost.Currency).ToTotals());
        }

        return new(rows.Select(t => new ProductProfitRow(
            product.MarketplaceId, product.Sku, product.Asin, product.Title, t.Currency, t.Units, t.Revenue, t.Fees,
            t.Refunds, t.Reimbursements, t.Cogs, t.NetProfit, t.Margin, t.Roi,
            unitCost?.Currency == t.Currency ? unitCost.UnitCost : null, t.EstimatedFees,
            unitCost?.Currency == t.Currency ? unitCost.EffectiveFrom : null)));
    }

    private static IEnumerable<DailyBucket> InRange(IEnumerable<DailyBucket> buckets, DateRange range, string? marketplace) =>
        buckets.Where(b => range.Contains(b.Day) && (marketplace is null || b.Marketplace == marketplace));
}
