namespace Sellmetrics.Listings.Conversion;

/// <summary>What a listing change did to conversion: the 7 days before the change's day against the 7 days after it.</summary>
public static class ChangeImpact
{
    public const int WindowDays = 7;

    /// <summary>The change's own day belongs to neither side, since it mixes both; the after side holds the days there are so far.</summary>
    public static ConversionDifference Around(IEnumerable<TrafficFigures> days, DateOnly changeDay)
    {
        var all = days.ToList();
        var before = all.Where(d => d.Day >= changeDay.AddDays(-WindowDays) && d.Day < changeDay);
        var after = all.Where(d => d.Day > changeDay && d.Day <= changeDay.AddDays(WindowDays));
        return TwoProportionTest.Compare(ConversionTotals.Sum(before), ConversionTotals.Sum(after));
    }
}
