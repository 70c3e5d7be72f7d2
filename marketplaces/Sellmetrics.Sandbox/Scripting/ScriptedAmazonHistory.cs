using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Scripting;

/// <summary>
/// A scripted seller's Amazon history: exactly the orders, refunds, returns, reimbursements, service fees, stock
/// and traffic of its script (plus orders created through the control API), under the same "as of" rules as a
/// generated history.
/// </summary>
internal sealed class ScriptedAmazonHistory(
    IReadOnlyList<AmazonOrder> orders,
    IReadOnlyList<Reimbursement> reimbursements,
    IReadOnlyList<ServiceFee> serviceFees,
    IReadOnlyDictionary<string, StockLevel> stock,
    IReadOnlyDictionary<(string Sku, string MarketplaceId, DateOnly Day), DailyTraffic> traffic,
    DateTimeOffset createdAt) : IAmazonHistory
{
    private readonly List<AmazonOrder> _live = [];
    private readonly Lock _liveLock = new();

    public int ShipWithinDays { get; } = orders
        .Select(o => (o.ShippedAt ?? o.CanceledAt ?? o.PurchaseDate).UtcDateTime.Date - o.PurchaseDate.UtcDateTime.Date)
        .Select(d => (int)d.TotalDays)
        .Append(4)
        .Max();

    public void AddLive(AmazonOrder order)
    {
        lock (_liveLock)
        {
            _live.Add(order);
        }
    }

    public IEnumerable<AmazonOrder> OrdersStartingBetween(DateOnly from, DateOnly to, DateTimeOffset asOf)
    {
        var first = AmazonHistory.FirstDay(asOf);
        return AllOrders()
            .Where(o => o.IsVisibleAt(asOf) && DateOnly.FromDateTime(o.PurchaseDate.UtcDateTime) is var d && d >= from && d <= to && d >= first)
            .OrderBy(o => o.PurchaseDate)
            .ThenBy(o => o.AmazonOrderId, StringComparer.Ordinal);
    }

    public AmazonOrder? FindOrder(string amazonOrderId, DateTimeOffset asOf) =>
        AllOrders().FirstOrDefault(o => o.AmazonOrderId == amazonOrderId && o.IsVisibleAt(asOf));

    public IReadOnlyList<FinancialEvent> EventsPostedBetween(DateTimeOffset from, DateTimeOffset to, DateTimeOffset asOf)
    {
        var end = to < asOf ? to : asOf;
        var events = new List<FinancialEvent>();
        foreach (var order in AllOrders().Where(o => o.IsVisibleAt(asOf)))
        {
            if (order.ShippedAt is not null && order.CanceledAt is null)
            {
                events.Add(new ShipmentPosted(order));
            }

            events.AddRange(order.Refunds.Select(r => new RefundPosted(order, r)));
        }

        events.AddRange(reimbursements.Select(r => new ReimbursementPosted(r)));
        events.AddRange(serviceFees.Select(f => new ServiceFeeCharged(f)));
        return [.. events.Where(e => e.PostedAt >= from && e.PostedAt < end).OrderBy(e => e.PostedAt).ThenBy(e => e.Key, StringComparer.Ordinal)];
    }

    public IEnumerable<(AmazonOrder Order, AmazonRefund Refund, AmazonReturn Return)> ReturnsBetween(DateTimeOffset from, DateTimeOffset to, DateTimeOffset asOf)
    {
        var end = to < asOf ? to : asOf;
        return AllOrders()
            .Where(o => o.IsVisibleAt(asOf))
            .SelectMany(o => o.Refunds
                .Where(r => r.Return is { } returned && returned.ReturnedAt >= from && returned.ReturnedAt < end)
                .Select(r => (o, r, r.Return!)))
            .OrderBy(t => t.Item3.ReturnedAt)
            .ToList();
    }

    public DailyTraffic TrafficOn(Product product, AmazonMarketplace marketplace, DateOnly day, int unitsOrdered) =>
        traffic.GetValueOrDefault((product.Sku, marketplace.Id, day), DailyTraffic.None);

    // A product the script gave no stock has none, as of the moment the seller was scripted.
    public StockLevel StockAsOf(Product product, AmazonMarketplace marketplace, DateTimeOffset now) =>
        stock.GetValueOrDefault(product.Sku) ?? new StockLevel(0, 0, 0, 0, 0, 0, 0, 0, 0, createdAt);

    private List<AmazonOrder> AllOrders()
    {
        lock (_liveLock)
        {
            return [.. orders, .. _live];
        }
    }
}
