using System.Collections.Concurrent;

namespace Sellmetrics.Sandbox.Generation;

/// <summary>
/// One seller's Amazon history in its region's marketplaces, generated a day at a time on first use and cached; plus the
/// orders created live (by live mode or the control API). Every question is asked "as of" an instant.
/// </summary>
internal sealed class AmazonHistory(long seed, SellerCatalog catalog, int baseOrdersPerDay, SellingRegion region) : IAmazonHistory
{
    public const int HistoryDays = 730;
    private const int LongestAftermathDays = 100;
    private readonly ConcurrentDictionary<int, AmazonDay> _days = new();
    private readonly List<AmazonOrder> _live = [];
    private readonly Lock _liveLock = new();

    public int ShipWithinDays => 4;

    public AmazonDay Day(DateOnly day) =>
        _days.GetOrAdd(day.DayNumber, n => AmazonDayGenerator.Generate(seed, catalog, baseOrdersPerDay, DateOnly.FromDayNumber(n), region));

    public static DateOnly FirstDay(DateTimeOffset asOf) => DateOnly.FromDateTime(asOf.UtcDateTime).AddDays(-HistoryDays);

    public void AddLive(AmazonOrder order)
    {
        lock (_liveLock)
        {
            _live.Add(order);
        }
    }

    public IReadOnlyList<AmazonOrder> LiveOrders()
    {
        lock (_liveLock)
        {
            return [.. _live];
        }
    }

    public IEnumerable<AmazonOrder> OrdersStartingBetween(DateOnly from, DateOnly to, DateTimeOffset asOf)
    {
        var today = DateOnly.FromDateTime(asOf.UtcDateTime);
        var first = Max(from, FirstDay(asOf));
        var last = to > today ? today : to;
        var generated = Enumerable.Range(0, Math.Max(0, last.DayNumber - first.DayNumber + 1))
            .SelectMany(offset => Day(first.AddDays(offset)).Orders);
        var live = LiveOrders().Where(o => DateOnly.FromDateTime(o.PurchaseDate.UtcDateTime) is var d && d >= first && d <= last);
        return generated.Concat(live).Where(o => o.IsVisibleAt(asOf));
    }

    public AmazonOrder? FindOrder(string amazonOrderId, DateTimeOffset asOf)
    {
        var live = LiveOrders().FirstOrDefault(o => o.AmazonOrderId == amazonOrderId);
        if (live is not null || amazonOrderId.Length != 19)
        {
            return live;
        }

        var today = DateOnly.FromDateTime(asOf.UtcDateTime);
        for (var day = today; day >= FirstDay(asOf); day = day.AddDays(-1))
        {
            if (day.DayOfYear + (day.Year % 10 * 1000) == int.Parse(amazonOrderId.AsSpan(4, 4), System.Globalization.CultureInfo.InvariantCulture))
            {
                return Day(day).Orders.FirstOrDefault(o => o.AmazonOrderId == amazonOrderId && o.IsVisibleAt(asOf));
            }
        }

        return null;
    }

    public IReadOnlyList<FinancialEvent> EventsPostedBetween(DateTimeOffset from, DateTimeOffset to, DateTimeOffset asOf)
    {
        var end = to < asOf ? to : asOf;
        var fromDay = DateOnly.FromDateTime(from.UtcDateTime);
        var toDay = DateOnly.FromDateTime(end.UtcDateTime);
        var events = new List<FinancialEvent>();
        foreach (var order in OrdersStartingBetween(fromDay.AddDays(-LongestAftermathDays), toDay, asOf))
        {
            if (order.ShippedAt is not null && order.CanceledAt is null)
            {
                events.Add(new ShipmentPosted(order));
            }

            foreach (var refund in order.Refunds)
            {
                events.Add(new RefundPosted(order, refund));
                if (refund.Reimbursement is { } reimbursement)
                {
                    events.Add(new ReimbursementPosted(reimbursement));
                }
            }
        }

        for (var day = Max(fromDay, FirstDay(asOf)); day <= toDay; day = day.AddDays(1))
        {
            events.AddRange(Day(day).LostInventory.Select(r => new ReimbursementPosted(r)));
            var fees = region == SellingRegion.NorthAmerica ? ServiceFeeSchedule.On(seed, catalog, day) : AccountFeeSchedule.On(seed, region, day);
            events.AddRange(fees.Select(f => new ServiceFeeCharged(f)));
        }

        return [.. events.Where(e => e.PostedAt >= from && e.PostedAt < end).OrderBy(e => e.PostedAt).ThenBy(e => e.Key, StringComparer.Ordinal)];
    }

    public IEnumerable<(AmazonOrder Order, AmazonRefund Refund, AmazonReturn Return)> ReturnsBetween(DateTimeOffset from, DateTimeOffset to, DateTimeOffset asOf)
    {
        var end = to < asOf ? to : asOf;
        return OrdersStartingBetween(DateOnly.FromDateTime(from.UtcDateTime).AddDays(-LongestAftermathDays), DateOnly.FromDateTime(end.UtcDateTime), asOf)
            .SelectMany(o => o.Refunds
                .Where(r => r.Return is { } returned && returned.ReturnedAt >= from && returned.ReturnedAt < end)
                .Select(r => (o, r, r.Return!)))
            .OrderBy(t => t.Item3.ReturnedAt)
            .ToList();
    }

    // A generated seller has traffic where its orders are placed (a North American one: the US only).
    public DailyTraffic TrafficOn(Product product, AmazonMarketplace marketplace, DateOnly day, int unitsOrdered) =>
        region.OrderShares.Any(s => s.Marketplace == marketplace) ? DailyTraffic.For(SeedOf(marketplace), product, day, unitsOrdered) : DailyTraffic.None;

    // Pan-European FBA: the euro marketplaces share one stock; the UK (since Brexit) and North America have their own.
    public StockLevel StockAsOf(Product product, AmazonMarketplace marketplace, DateTimeOffset now) =>
        StockLevel.AsOf(marketplace == AmazonMarketplace.UnitedKingdom ? SeedOf(marketplace) : seed, product, now);

    // The first marketplace a region's orders go to keeps the seller's own seed, so a North American seller's data never moves.
    private long SeedOf(AmazonMarketplace marketplace) =>
        marketplace == region.OrderShares[0].Marketplace ? seed : (long)StableHash.Combine((ulong)seed, StableHash.Of(marketplace.Id));

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
