using static System.FormattableString;

namespace Sellmetrics.Profit.Ledger;

// A sellable return gives back, on its return day, the unit cost charged at its sale (never more units than were sold).
internal static class ReturnLines
{
    public static IEnumerable<DatedLine> For(SkuBook book)
    {
        var returns = SkuBook.Latest(book.Facts.Returns.Where(r => r.Sku == book.Facts.Sku && r.Sellable), r => r.Id);
        foreach (var customerReturn in returns)
        {
            var sold = book.Sales.Where(s => s.Item.OrderId == customerReturn.OrderId).ToList();
            if (sold.Count == 0 || book.Costs.InForceOn(sold[0].Day) is not { } cost)
            {
                continue;
            }

            var units = Math.Min(customerReturn.Quantity, sold.Sum(s => s.Item.Quantity));
            yield return book.Line(book.Zone.DayOf(customerReturn.ReturnedAt), cost.Currency, new ProfitLine(
                customerReturn.Id,
                ProfitComponent.Cogs,
                -units * cost.UnitCost,
                Invariant($"{units} returned {customerReturn.Disposition} × {cost.UnitCost} charged at sale on {sold[0].Day:yyyy-MM-dd}")));
        }
    }
}
