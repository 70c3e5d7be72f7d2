using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Listings;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>A day's sales, refunds, shipments and traffic, from the same orders getOrders serves.</summary>
internal sealed record SalesDay(
    DateOnly Day, decimal Sales, int Units, int OrderItems, int UnitsRefunded, decimal ShippedSales, int UnitsShipped, int OrdersShipped, IReadOnlyList<ProductDay> ByProduct)
{
    public int Sessions => ByProduct.Sum(p => p.Traffic.Sessions);

    public int PageViews => ByProduct.Sum(p => p.Traffic.PageViews);

    /// <summary>The day in one marketplace (a sales and traffic report covers one) as a report made at <paramref name="now"/> shows it:
    /// a generated seller's figures fill in late (<see cref="TrafficRestatement"/>), a scripted seller's are final at once.</summary>
    public static SalesDay Of(Seller seller, AmazonMarketplace marketplace, DateOnly day, DateTimeOffset now) =>
        Final(seller, marketplace, day, now).AsOf(seller, now);

    /// <summary>The day's final figures, as a report shows them once the day has settled.</summary>
    public static SalesDay Final(Seller seller, AmazonMarketplace marketplace, DateOnly day, DateTimeOffset now)
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
            return new ProductDay(p, units, lines.Sum(i => i.ItemPrice), lines.Count, Traffic(seller, p, marketplace, day, units));
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

    /// <summary>These final figures as a report made at <paramref name="now"/> shows them.</summary>
    public SalesDay AsOf(Seller seller, DateTimeOffset now)
    {
        if (seller.IsScripted || TrafficRestatement.IsSettled(Day, now))
        {
            return this;
        }

        var byProduct = ByProduct.Select(p => TrafficRestatement.AsOf(seller.Seed, p, Day, now)).ToList();
        return this with { Sales = byProduct.Sum(p => p.Sales), Units = byProduct.Sum(p => p.Units), OrderItems = byProduct.Sum(p => p.OrderItems), ByProduct = byProduct };
    }

    // A generated seller's Buy Box share falls with the part of the day a competitor held the Buy Box.
    private static DailyTraffic Traffic(Seller seller, Product product, AmazonMarketplace marketplace, DateOnly day, int units)
    {
        var traffic = seller.Amazon.TrafficOn(product, marketplace, day, units);
        if (seller.IsScripted || traffic.Sessions == 0)
        {
            return traffic;
        }

        var held = SellerListings.BuyBoxShare(seller, product, day);
        return held == 1m ? traffic : traffic with { BuyBoxPercentage = Math.Round(traffic.BuyBoxPercentage * (0.1m + (0.9m * held)), 2) };
    }
}
