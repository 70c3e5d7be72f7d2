namespace Sellmetrics.Listings.Conversion;

/// <summary>
/// A listing's traffic summed over some days. <see cref="ConversionRate"/> is Amazon's unit session percentage as a
/// fraction (units ordered ÷ sessions), null without sessions.
/// </summary>
public sealed record ConversionTotals(int Sessions, int PageViews, int UnitsOrdered, decimal OrderedRevenue)
{
    public static ConversionTotals None { get; } = new(0, 0, 0, 0m);

    public decimal? ConversionRate => Sessions == 0 ? null : Math.Round((decimal)UnitsOrdered / Sessions, 4, MidpointRounding.AwayFromZero);

    public static ConversionTotals Sum(IEnumerable<TrafficFigures> days) =>
        days.Aggregate(None, (total, day) => new(
            total.Sessions + day.Sessions,
            total.PageViews + day.PageViews,
            total.UnitsOrdered + day.UnitsOrdered,
            total.OrderedRevenue + day.OrderedRevenue));
}
