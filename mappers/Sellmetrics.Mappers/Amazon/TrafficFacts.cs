using Sellmetrics.Facts;
using Sellmetrics.Marketplaces.Amazon.Reports.SalesAndTraffic;

namespace Sellmetrics.Mappers.Amazon;

/// <summary>The by-ASIN part of a sales and traffic report requested for one day, as that day's traffic per listing.</summary>
public static class TrafficFacts
{
    public static IEnumerable<TrafficDay> From(SalesAndTrafficReport report, DateOnly day) =>
        (report.SalesAndTrafficByAsin ?? [])
            .Where(a => (a.ChildAsin ?? a.ParentAsin) is not null)
            .GroupBy(a => (a.ChildAsin ?? a.ParentAsin)!)
            .Select(g => new TrafficDay(
                g.Key,
                g.Select(a => a.Sku).FirstOrDefault(s => s is not null),
                day,
                g.Sum(a => a.TrafficByAsin?.Sessions ?? 0),
                g.Sum(a => a.TrafficByAsin?.PageViews ?? 0),
                g.Sum(a => a.SalesByAsin?.UnitsOrdered ?? 0),
                g.Select(a => a.TrafficByAsin?.BuyBoxPercentage).FirstOrDefault(b => b is not null)));
}
