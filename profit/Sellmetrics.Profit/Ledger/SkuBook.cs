using Sellmetrics.Facts;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Profit.Days;

namespace Sellmetrics.Profit.Ledger;

// The SKU's facts deduplicated on their natural keys (the last one wins, as an upsert would) and joined to their orders.
internal sealed class SkuBook
{
    public SkuBook(SkuFacts facts, ReportingTimeZone zone)
    {
        Facts = facts;
        Zone = zone;
        Orders = facts.Orders.GroupBy(o => o.OrderId).ToDictionary(g => g.Key, g => g.Last());
        Costs = new CogsSchedule(facts.Costs.Where(c => c.Sku == facts.Sku));
        Fees = Latest(facts.Fees.Where(f => f.Sku == facts.Sku), f => f.Id);
        Sales = [.. Latest(facts.Items.Where(i => i.Sku == facts.Sku), i => (i.OrderId, i.OrderItemId))
            .Where(i => Orders.TryGetValue(i.OrderId, out var order) && !order.IsCancelled)
            .Select(i => new Sale(Orders[i.OrderId], i, zone.DayOf(Orders[i.OrderId].PurchasedAt)))];
    }

    public SkuFacts Facts { get; }

    public ReportingTimeZone Zone { get; }

    public IReadOnlyDictionary<string, Order> Orders { get; }

    public CogsSchedule Costs { get; }

    public IReadOnlyList<FeeLine> Fees { get; }

    public IReadOnlyList<Sale> Sales { get; }

    public DateOnly DayOfOrderOr(string orderId, DateTimeOffset fallback) =>
        Zone.DayOf(Orders.TryGetValue(orderId, out var order) ? order.PurchasedAt : fallback);

    public DatedLine Line(DateOnly day, string currency, ProfitLine line, string? orderId = null) =>
        new(day, Facts.Marketplace, Facts.Sku, currency, line, orderId);

    public static List<T> Latest<T, TKey>(IEnumerable<T> facts, Func<T, TKey> key) =>
        [.. facts.GroupBy(key).Select(g => g.Last())];
}
