using Sellmetrics.Listings.Conversion;

namespace Sellmetrics.Listings.Tests.Conversion;

public sealed class PeriodComparisonTests
{
    [Fact]
    public void AWeekAgainstTheWeekBefore()
    {
        var from = new DateOnly(2026, 11, 23);
        var days = Enumerable.Range(-7, 14)
            .Select(offset => new TrafficFigures(from.AddDays(offset), offset < 0 ? 100 : 125, 150, offset < 0 ? 8 : 5, 40m))
            .ToList();

        var comparison = PeriodComparison.Of(days, from, from.AddDays(6));

        Assert.Equal(new ConversionTotals(875, 1050, 35, 280m), comparison.Current);
        Assert.Equal(new ConversionTotals(700, 1050, 56, 280m), comparison.Previous);
        Assert.Equal(0.25m, comparison.SessionsChange);
        Assert.Equal(0.04m, comparison.Current.ConversionRate);
        Assert.Equal(0.08m, comparison.Previous.ConversionRate);
        Assert.Equal(-0.5m, comparison.ConversionRateChange);
    }

    [Fact]
    public void NothingBeforeMeansNoChangeToShow()
    {
        var from = new DateOnly(2026, 11, 23);

        var comparison = PeriodComparison.Of([new(from, 10, 10, 1, 5m)], from, from);

        Assert.Null(comparison.SessionsChange);
        Assert.Null(comparison.ConversionRateChange);
    }
}
