namespace Sellmetrics.Marketplaces.Amazon.Reports.SalesAndTraffic;

/// <summary>Traffic of one day; percentages are 0–100.</summary>
public sealed record TrafficByDate(
    int? BrowserPageViews,
    int? MobileAppPageViews,
    int? PageViews,
    int? BrowserSessions,
    int? MobileAppSessions,
    int? Sessions,
    decimal? BuyBoxPercentage,
    decimal? OrderItemSessionPercentage,
    decimal? UnitSessionPercentage);
