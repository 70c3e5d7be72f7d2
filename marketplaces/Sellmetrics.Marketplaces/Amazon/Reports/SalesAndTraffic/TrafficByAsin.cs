namespace Sellmetrics.Marketplaces.Amazon.Reports.SalesAndTraffic;

/// <summary>Traffic of one ASIN; percentages are 0–100.</summary>
public sealed record TrafficByAsin(
    int? BrowserSessions,
    int? MobileAppSessions,
    int? Sessions,
    decimal? SessionPercentage,
    int? BrowserPageViews,
    int? MobileAppPageViews,
    int? PageViews,
    decimal? PageViewsPercentage,
    decimal? BuyBoxPercentage,
    decimal? UnitSessionPercentage);
