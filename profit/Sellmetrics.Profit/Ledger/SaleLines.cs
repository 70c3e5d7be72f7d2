using static System.FormattableString;

namespace Sellmetrics.Profit.Ledger;

// Units, revenue and COGS of each sale, on its purchase day; the units line names who fulfilled the order where known (WFS or the seller).
internal static class SaleLines
{
    public static IEnumerable<DatedLine> For(SkuBook book)
    {
        foreach (var sale in book.Sales)
        {
            var item = sale.Item;
            if (item.Quantity != 0)
            {
                yield return Line(ProfitComponent.Units, item.Quantity, sale.Order.Fulfillment is { } by ? Invariant($"order {item.OrderId}, {by}") : Invariant($"order {item.OrderId}"));
            }

            yield return Line(ProfitComponent.Revenue, item.ItemPrice, "item price");
            foreach (var (amount, detail) in item.RevenueAdjustments)
            {
                yield return Line(ProfitComponent.Revenue, amount, detail);
            }

            if (book.Costs.InForceOn(sale.Day) is { } cost && item.Quantity != 0)
            {
                yield return book.Line(sale.Day, cost.Currency, new ProfitLine(
                    sale.FactId,
                    ProfitComponent.Cogs,
                    item.Quantity * cost.UnitCost,
                    Invariant($"{item.Quantity} × {cost.UnitCost} in force from {cost.EffectiveFrom:yyyy-MM-dd}")));
            }

            DatedLine Line(ProfitComponent component, decimal amount, string detail) =>
                book.Line(sale.Day, item.Currency, new ProfitLine(sale.FactId, component, amount, detail), item.OrderId);
        }
    }
}
