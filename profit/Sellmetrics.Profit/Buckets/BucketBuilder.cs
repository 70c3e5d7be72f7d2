using Sellmetrics.Profit.Fees;
using Sellmetrics.Profit.Ledger;

namespace Sellmetrics.Profit.Buckets;

// Groups dated lines into buckets in a fixed order, so the same facts always give equal buckets.
internal static class BucketBuilder
{
    public static ValueList<DailyBucket> Build(IEnumerable<DatedLine> lines, IReadOnlySet<DateOnly>? days = null) =>
        new(lines
            .Where(l => days is null || days.Contains(l.Day))
            .GroupBy(l => (l.Day, l.Marketplace, l.Sku, l.Currency))
            .OrderBy(g => g.Key.Day)
            .ThenBy(g => g.Key.Marketplace, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Sku, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
            .Select(g => Bucket(g.Key.Day, g.Key.Marketplace, g.Key.Sku, g.Key.Currency, [.. g])));

    private static DailyBucket Bucket(DateOnly day, string? marketplace, string? sku, string currency, List<DatedLine> lines)
    {
        var fees = FeeBreakdown.Zero;
        var estimated = FeeBreakdown.Zero;
        foreach (var line in lines.Select(l => l.Line))
        {
            if (FeeComponents.CategoryOf(line.Component) is { } category)
            {
                fees = fees.Add(category, line.Amount);
                estimated = line.Estimated ? estimated.Add(category, line.Amount) : estimated;
            }
        }

        return new DailyBucket(
            day,
            marketplace,
            sku,
            currency,
            (int)Sum(lines, ProfitComponent.Units),
            new(lines.Where(l => l.Line.Component == ProfitComponent.Units && l.OrderId is not null)
                .Select(l => l.OrderId!).Distinct().Order(StringComparer.Ordinal)),
            Sum(lines, ProfitComponent.Revenue),
            fees,
            estimated,
            Sum(lines, ProfitComponent.Refund),
            Sum(lines, ProfitComponent.Reimbursement),
            Sum(lines, ProfitComponent.Cogs),
            Sum(lines, ProfitComponent.RecurringCost),
            new(lines.Select(l => l.Line)
                .OrderBy(l => l.Component)
                .ThenBy(l => l.FactId, StringComparer.Ordinal)
                .ThenBy(l => l.Detail, StringComparer.Ordinal)
                .ThenBy(l => l.Amount)));
    }

    private static decimal Sum(List<DatedLine> lines, ProfitComponent component) =>
        lines.Where(l => l.Line.Component == component).Sum(l => l.Line.Amount);
}
