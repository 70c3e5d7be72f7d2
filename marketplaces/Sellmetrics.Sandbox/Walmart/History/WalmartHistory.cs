using System.Collections.Concurrent;
using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Walmart.History;

/// <summary>One seller's Walmart orders, generated a day at a time from hash(seed, day) and cached.</summary>
internal sealed class WalmartHistory(long seed, SellerCatalog catalog, int baseOrdersPerDay)
{
    private static readonly int[] WeekdayPercent = [112, 100, 96, 95, 98, 94, 108];
    private static readonly int[] HourWeights = [8, 7, 6, 4, 3, 2, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 7, 7, 7, 7, 8, 9, 9, 9];
    private readonly ConcurrentDictionary<int, IReadOnlyList<WalmartOrder>> _days = new();
    private readonly ConcurrentQueue<WalmartOrder> _live = new();
    private readonly List<Product> _products = [.. catalog.WalmartProducts.DefaultIfEmpty(catalog.Products[0])];

    public IReadOnlyList<Product> Products => _products;

    public IReadOnlyList<WalmartOrder> Day(DateOnly day) => _days.GetOrAdd(day.DayNumber, n => Generate(DateOnly.FromDayNumber(n)));

    public void AddLive(WalmartOrder order) => _live.Enqueue(order);

    /// <summary>Orders placed on days in [from, to] and visible as of <paramref name="asOf"/>, oldest first.</summary>
    public IEnumerable<WalmartOrder> OrdersPlacedBetween(DateOnly from, DateOnly to, DateTimeOffset asOf)
    {
        var today = DateOnly.FromDateTime(asOf.UtcDateTime);
        var first = from < today.AddDays(-AmazonHistory.HistoryDays) ? today.AddDays(-AmazonHistory.HistoryDays) : from;
        var last = to > today ? today : to;
        var live = _live.Where(o => DateOnly.FromDateTime(o.OrderDate.UtcDateTime) is var d && d >= first && d <= last);
        return Enumerable.Range(0, Math.Max(0, last.DayNumber - first.DayNumber + 1))
            .SelectMany(offset => Day(first.AddDays(offset)))
            .Concat(live)
            .Where(o => o.OrderDate <= asOf);
    }

    public WalmartOrder? Find(string purchaseOrderId, DateTimeOffset asOf) =>
        OrdersPlacedBetween(DateOnly.FromDateTime(asOf.UtcDateTime).AddDays(-180), DateOnly.FromDateTime(asOf.UtcDateTime), asOf)
            .FirstOrDefault(o => o.PurchaseOrderId == purchaseOrderId);

    private List<WalmartOrder> Generate(DateOnly day)
    {
        var random = SeededRandom.For(seed, 20, day.DayNumber);
        var count = baseOrdersPerDay * WeekdayPercent[(int)day.DayOfWeek] * random.Next(70, 131) / 10_000;
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return [.. Enumerable.Range(0, count)
            .Select(_ => start + TimeSpan.FromHours(random.PickWeighted(HourWeights)) + TimeSpan.FromSeconds(random.Next(3600)))
            .Order()
            .Select(t => WalmartOrderFactory.Create(random, _products, catalog, t))];
    }
}
