using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>A day's sales, refunds, shipments and traffic, from the same orders getOrders serves.</summary>
internal sealed record SalesDay(
    DateOnly Day, decimal Sales, int Units, int OrderItems, int UnitsRefunded, decimal ShippedSales, int UnitsShipped, int OrdersShipped, IReadOnlyList<ProductDay> ByProduct)
{
    public int Sessions => ByProduct.Sum(p => p.Traffic.Sessions);

    public int PageViews => ByProduct.Sum(p => p.Traffic.PageViews);

    /// <summary>The day in one marketplace (a sales and traffic report covers one).</summary>
    public static SalesDay Of(Seller seller, AmazonMarketplace marketplace, DateOnly day, DateTimeOffset now)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = start.AddDays(1);
        var ordered = seller.Amazon.OrdersStartingBetween(day, day, now)
            .Where(o => o.CanceledAt is null && o.Marketplace == marketplace).SelectMany(o => o.Items).ToList();
        var shipped = seller.Amazon.OrdersStartingBetween(day.AddDays(-seller.Amazon.ShipWithinDays), day, now)
            .Where(o => o.Marketplace == marketplace && o.ShippedAt is { } at && at >= start && at < end && at <= now).ToList();
        var refunded = seller.Amazon.EventsPostedBetween(start, end, now).OfType<RefundPosted>()
            .Where(r => r.Marketplace == marketplace).Sum(r => r.Refund.Quantity);
        var byProduct = seller.Catalog.Products.Select(p =>
        {
            var lines = ordered.Where(i => i.Product == p).ToList();
            var units = lines.Sum(i => i.Quantity);
            return new ProductDay(p, units, lines.Sum(i => i.ItemPrice), lines.Count, seller.Amazon.TrafficOn(p, marketplace, day, units));
        }).ToList();
        return new SalesDay(
            day,
            ordered.Sum(i => i.ItemPrice),
            ordered.Sum(i => i.Quantity),
            ordered.Count,
            refunded,
            shipped.SelectMany(o => o.Items).Sum(i => i.ItemPrice),
            shipped.Sum(o => o.Units),
            shipped.Count,
            byProduct);
    }
}
