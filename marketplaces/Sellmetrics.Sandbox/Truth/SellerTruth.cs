using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Truth;

/// <summary>A seller's ground truth over days: every marketplace's amounts from the generator, summed per day and SKU.</summary>
internal static class SellerTruth
{
    public static IReadOnlyList<TruthRow> For(Seller seller, DateOnly from, DateOnly to, TimeZoneInfo zone, DateTimeOffset now)
    {
        var start = Start(from, zone);
        var end = Start(to.AddDays(1), zone);
        return [.. AmazonTruth.Amounts(seller.Amazon, start, end, now)
            .Concat(WalmartTruth.Amounts(seller, start, end, now))
            .Where(a => a.At >= start && a.At < end)
            .GroupBy(a => (a.Marketplace, Day: DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(a.At, zone).DateTime), a.Sku, a.Currency))
            .OrderBy(g => g.Key.Marketplace, StringComparer.Ordinal).ThenBy(g => g.Key.Day).ThenBy(g => g.Key.Sku, StringComparer.Ordinal)
            .Select(g => new TruthRow(
                g.Key.Marketplace, g.Key.Day, g.Key.Sku, g.Key.Currency,
                g.Sum(a => a.Units),
                [.. g.Select(a => a.OrderId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                g.Sum(a => a.Revenue), g.Aggregate(TruthFees.Zero, (sum, a) => sum.Add(a.Fees)), g.Sum(a => a.Refunds), g.Sum(a => a.Reimbursements),
                g.Where(a => a is { Fulfillment: not null, Units: not 0 }).GroupBy(a => a.Fulfillment!, StringComparer.Ordinal)
                    .ToDictionary(f => f.Key, f => f.Sum(a => a.Units), StringComparer.Ordinal)))];
    }

    private static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
