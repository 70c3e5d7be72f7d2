using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>
/// How Amazon fills in a day's sales and traffic late: read within 72 hours of the day's end, a product's sessions,
/// page views, units, sales and Buy Box share are short of their final figures by a part that shrinks every 12 hours
/// (drawn from the seed, the product, the day and the 12-hour step); from <see cref="SettlesAt"/> on they are final.
/// </summary>
internal static class TrafficRestatement
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(72);
    private static readonly TimeSpan Step = TimeSpan.FromHours(12);
    private static readonly int Steps = (int)(Window / Step);

    public static DateTimeOffset SettlesAt(DateOnly day) => new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + Window;

    public static bool IsSettled(DateOnly day, DateTimeOffset asOf) => asOf >= SettlesAt(day);

    /// <summary>The product's day as a report made at <paramref name="asOf"/> shows it.</summary>
    public static ProductDay AsOf(long seed, ProductDay final, DateOnly day, DateTimeOffset asOf)
    {
        if (IsSettled(day, asOf))
        {
            return final;
        }

        var step = Math.Clamp((int)((asOf - (SettlesAt(day) - Window)) / Step), 0, Steps - 1);
        var missing = Steps - step;
        var random = SeededRandom.For(seed, 31, final.Product.Index, day.DayNumber, step);
        var share = missing * (0.04 + (random.NextDouble() * 0.02));
        var traffic = final.Traffic;
        var units = final.Units - (int)Math.Floor(final.Units * missing * 0.03);
        var browser = Short(traffic.BrowserSessions, share);
        var mobile = Short(traffic.MobileSessions, share);
        browser += Math.Max(0, units - browser - mobile);
        var buyBox = traffic.BuyBoxPercentage == 0m ? 0m : Math.Clamp(traffic.BuyBoxPercentage - (missing * (1m + random.Next(0, 100) / 100m)), 0m, 100m);
        return final with
        {
            Units = units,
            Sales = final.Units == 0 ? 0m : Money.Round(final.Sales * units / final.Units),
            OrderItems = final.Units == 0 ? 0 : Math.Min(final.OrderItems, Math.Max(units > 0 ? 1 : 0, final.OrderItems * units / final.Units)),
            Traffic = new DailyTraffic(browser, mobile, Short(traffic.BrowserPageViews, share), Short(traffic.MobilePageViews, share), buyBox),
        };
    }

    private static int Short(int final, double share) => final - (int)Math.Ceiling(final * share);
}
