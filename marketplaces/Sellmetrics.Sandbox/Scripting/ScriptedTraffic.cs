namespace Sellmetrics.Sandbox.Scripting;

/// <summary>A product's sessions and page views on a day, of which <see cref="MobileSessions"/> and
/// <see cref="MobilePageViews"/> came from the mobile app (the rest from browsers).</summary>
public sealed record ScriptedTraffic(
    string? Sku,
    DateOnly? Day,
    int Sessions,
    int PageViews,
    int MobileSessions = 0,
    int MobilePageViews = 0,
    decimal BuyBoxPercentage = 100m,
    string? MarketplaceId = null);
