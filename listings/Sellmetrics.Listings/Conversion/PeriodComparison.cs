namespace Sellmetrics.Listings.Conversion;

/// <summary>A listing's totals over a period beside the same-length period just before it.</summary>
public sealed record PeriodComparison(ConversionTotals Current, ConversionTotals Previous)
{
    /// <summary>Compares the days from <paramref name="from"/> to <paramref name="to"/> (inclusive) with as many days before them.</summary>
    public static PeriodComparison Of(IEnumerable<TrafficFigures> days, DateOnly from, DateOnly to)
    {
        var length = to.DayNumber - from.DayNumber + 1;
        var previousFrom = from.AddDays(-length);
        var all = days.ToList();
        return new(
            ConversionTotals.Sum(all.Where(d => d.Day >= from && d.Day <= to)),
            ConversionTotals.Sum(all.Where(d => d.Day >= previousFrom && d.Day < from)));
    }

    /// <summary>Relative change of sessions (0.25 = +25 %), null when the previous period had none.</summary>
    public decimal? SessionsChange => Relative(Current.Sessions, Previous.Sessions);

    /// <summary>Relative change of the conversion rate, null when either period had no sessions or the previous none converted.</summary>
    public decimal? ConversionRateChange =>
        Current.ConversionRate is { } current && Previous.ConversionRate is { } previous ? Relative(current, previous) : null;

    private static decimal? Relative(decimal current, decimal previous) =>
        previous == 0 ? null : Math.Round((current - previous) / previous, 4, MidpointRounding.AwayFromZero);
}
