namespace Sellmetrics.Sandbox.Generation;

/// <summary>Sessions and page views of one ASIN on one day, split by browser and mobile app, and its Buy Box share.</summary>
internal sealed record DailyTraffic(int BrowserSessions, int MobileSessions, int BrowserPageViews, int MobilePageViews, decimal BuyBoxPercentage)
{
    public static readonly DailyTraffic None = new(0, 0, 0, 0, 0m);

    public int Sessions => BrowserSessions + MobileSessions;

    public int PageViews => BrowserPageViews + MobilePageViews;

    /// <summary>
    /// Traffic consistent with the day's units: sessions are the units divided by the product's conversion rate
    /// (so the unit session percentage lands near it), plus browsing that did not convert.
    /// </summary>
    public static DailyTraffic For(long seed, Product product, DateOnly day, int unitsOrdered)
    {
        var random = SeededRandom.For(seed, 7, product.Index, day.DayNumber);
        var sessions = Math.Max(unitsOrdered, (unitsOrdered * 100 / product.ConversionPercent) + random.Next(0, 4 + (product.Popularity / 4)));
        var mobile = sessions * random.Next(55, 70) / 100;
        var browser = sessions - mobile;
        return new DailyTraffic(
            browser,
            mobile,
            browser + (browser * random.Next(10, 60) / 100),
            mobile + (mobile * random.Next(10, 60) / 100),
            random.Next(85, 101));
    }
}
