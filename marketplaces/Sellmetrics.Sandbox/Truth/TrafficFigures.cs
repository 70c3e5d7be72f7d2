namespace Sellmetrics.Sandbox.Truth;

/// <summary>One listing's sales and traffic on one day, as the sales and traffic report's per-ASIN row of that day shows them (percentages 0–100).</summary>
public sealed record TrafficFigures(
    int Sessions,
    int BrowserSessions,
    int MobileAppSessions,
    int PageViews,
    int BrowserPageViews,
    int MobileAppPageViews,
    decimal BuyBoxPercentage,
    int UnitsOrdered,
    decimal OrderedProductSales,
    int TotalOrderItems,
    decimal UnitSessionPercentage);
