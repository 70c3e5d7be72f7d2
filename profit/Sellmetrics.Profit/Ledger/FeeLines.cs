using Sellmetrics.Profit.Fees;
using static System.FormattableString;

namespace Sellmetrics.Profit.Ledger;

// Real fee lines on their order's purchase day (the posted day while the order is unknown), and estimates for
// sales whose fees have not arrived yet.
internal static class FeeLines
{
    public static IEnumerable<DatedLine> For(SkuBook book, FeeEstimateRules rules) =>
        Real(book).Concat(Estimated(book, rules));

    private static IEnumerable<DatedLine> Real(SkuBook book) =>
        book.Fees.Select(fee => book.Line(
            book.DayOfOrderOr(fee.OrderId, fee.PostedAt),
            fee.Currency,
            new ProfitLine(
                fee.Id,
                FeeComponents.Of(FeeCategories.Of(fee.FeeType)),
                -fee.Amount,
                Invariant($"{fee.FeeType} for order {fee.OrderId}, posted {fee.PostedAt.UtcDateTime:yyyy-MM-dd}"))));

    private static IEnumerable<DatedLine> Estimated(SkuBook book, FeeEstimateRules rules)
    {
        var settled = book.Fees.Select(f => f.OrderId).ToHashSet();
        var samples = Samples(book, settled);
        var estimator = new FeeEstimator(rules);
        return book.Sales
            .Where(sale => !settled.Contains(sale.Item.OrderId))
            .SelectMany(sale => estimator
                .Estimate(sale.FactId, sale.Item, sale.Order.PurchasedAt, samples)
                .Select(line => book.Line(sale.Day, sale.Item.Currency, line)));
    }

    private static List<FeeSample> Samples(SkuBook book, HashSet<string> settled) =>
        [.. book.Sales
            .Where(sale => settled.Contains(sale.Item.OrderId))
            .GroupBy(sale => (sale.Item.OrderId, sale.Item.Currency))
            .Select(order => new FeeSample(
                order.Key.OrderId,
                order.First().Order.PurchasedAt,
                order.Key.Currency,
                order.Sum(sale => sale.Item.Quantity),
                book.Fees
                    .Where(f => f.OrderId == order.Key.OrderId && f.Currency == order.Key.Currency)
                    .Aggregate(FeeBreakdown.Zero, (sum, f) => sum.Add(FeeCategories.Of(f.FeeType), -f.Amount))))];
}
