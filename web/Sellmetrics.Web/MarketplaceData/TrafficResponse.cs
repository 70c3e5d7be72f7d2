using Sellmetrics.Facts;

namespace Sellmetrics.Web.MarketplaceData;

/// <summary>A listing's traffic on one day; <see cref="ConversionRate"/> is units ordered ÷ sessions (null without sessions).</summary>
public sealed record TrafficResponse(
    string Marketplace, string Asin, string? Sku, DateOnly Day, int Sessions, int PageViews, int UnitsOrdered, decimal? ConversionRate, decimal? BuyBoxPercentage)
{
    public static TrafficResponse From(MarketplaceFact<TrafficDay> fact)
    {
        var t = fact.Fact;
        decimal? conversion = t.Sessions == 0 ? null : Math.Round((decimal)t.UnitsOrdered / t.Sessions, 4, MidpointRounding.AwayFromZero);
        return new(fact.Marketplace, t.Asin, t.Sku, t.Day, t.Sessions, t.PageViews, t.UnitsOrdered, conversion, t.BuyBoxPercentage);
    }
}
