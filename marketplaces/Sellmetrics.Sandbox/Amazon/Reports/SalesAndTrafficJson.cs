using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>The by-date and by-ASIN entries of the sales and traffic report (percentages 0–100).</summary>
internal static class SalesAndTrafficJson
{
    public static object ByDate(SalesDay day, string currency)
    {
        var browserSessions = day.ByProduct.Sum(p => p.Traffic.BrowserSessions);
        var mobileSessions = day.ByProduct.Sum(p => p.Traffic.MobileSessions);
        return new
        {
            date = day.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            salesByDate = new
            {
                orderedProductSales = Amount(day.Sales, currency),
                unitsOrdered = day.Units,
                totalOrderItems = day.OrderItems,
                averageSalesPerOrderItem = Amount(day.OrderItems == 0 ? 0m : day.Sales / day.OrderItems, currency),
                averageUnitsPerOrderItem = day.OrderItems == 0 ? 0m : Math.Round((decimal)day.Units / day.OrderItems, 2),
                averageSellingPrice = Amount(day.Units == 0 ? 0m : day.Sales / day.Units, currency),
                unitsRefunded = day.UnitsRefunded,
                refundRate = Percent(day.UnitsRefunded, day.Units),
                claimsGranted = 0,
                claimsAmount = Amount(0m, currency),
                shippedProductSales = Amount(day.ShippedSales, currency),
                unitsShipped = day.UnitsShipped,
                ordersShipped = day.OrdersShipped,
            },
            trafficByDate = new
            {
                browserPageViews = day.ByProduct.Sum(p => p.Traffic.BrowserPageViews),
                mobileAppPageViews = day.ByProduct.Sum(p => p.Traffic.MobilePageViews),
                pageViews = day.PageViews,
                browserSessions,
                mobileAppSessions = mobileSessions,
                sessions = day.Sessions,
                buyBoxPercentage = day.ByProduct.Count == 0 ? 0m : Math.Round(day.ByProduct.Average(p => p.Traffic.BuyBoxPercentage), 2),
                orderItemSessionPercentage = Percent(day.OrderItems, day.Sessions),
                unitSessionPercentage = Percent(day.Units, day.Sessions),
                averageOfferCount = 1,
                averageParentItems = day.ByProduct.Count,
                feedbackReceived = day.OrdersShipped / 20,
                negativeFeedbackReceived = 0,
                receivedNegativeFeedbackRate = 0m,
            },
        };
    }

    public static object ByAsin(Product product, IReadOnlyList<ProductDay> days, string granularity, int allSessions, int allPageViews, string currency)
    {
        var browser = days.Sum(d => d.Traffic.BrowserSessions);
        var mobile = days.Sum(d => d.Traffic.MobileSessions);
        var browserViews = days.Sum(d => d.Traffic.BrowserPageViews);
        var mobileViews = days.Sum(d => d.Traffic.MobilePageViews);
        var units = days.Sum(d => d.Units);
        return new
        {
            parentAsin = product.Asin,
            childAsin = granularity == "PARENT" ? null : product.Asin,
            sku = granularity == "SKU" ? product.Sku : null,
            salesByAsin = new { unitsOrdered = units, orderedProductSales = Amount(days.Sum(d => d.Sales), currency), totalOrderItems = days.Sum(d => d.OrderItems) },
            trafficByAsin = new
            {
                browserSessions = browser,
                mobileAppSessions = mobile,
                sessions = browser + mobile,
                browserSessionPercentage = Percent(browser, allSessions),
                mobileAppSessionPercentage = Percent(mobile, allSessions),
                sessionPercentage = Percent(browser + mobile, allSessions),
                browserPageViews = browserViews,
                mobileAppPageViews = mobileViews,
                pageViews = browserViews + mobileViews,
                browserPageViewsPercentage = Percent(browserViews, allPageViews),
                mobileAppPageViewsPercentage = Percent(mobileViews, allPageViews),
                pageViewsPercentage = Percent(browserViews + mobileViews, allPageViews),
                buyBoxPercentage = Math.Round(days.Average(d => d.Traffic.BuyBoxPercentage), 2),
                unitSessionPercentage = Percent(units, browser + mobile),
            },
        };
    }

    private static object Amount(decimal amount, string currency) => new { amount = Money.Round(amount), currencyCode = currency };

    private static decimal Percent(int part, int whole) => whole == 0 ? 0m : Math.Round(100m * part / whole, 2);
}
