using Sellmetrics.Listings.Conversion;

namespace Sellmetrics.Listings.Tests.Conversion;

public sealed class ChangeImpactTests
{
    private static readonly DateOnly ChangeDay = new(2026, 11, 15);

    [Fact]
    public void SevenDaysBeforeAgainstSevenAfterLeavingOutTheChangesOwnDay()
    {
        var days = Enumerable.Range(-10, 21)
            .Select(offset => new TrafficFigures(ChangeDay.AddDays(offset), 100, 120, offset < 0 ? 10 : offset == 0 ? 99 : 5, 50m))
            .ToList();

        var impact = ChangeImpact.Around(days, ChangeDay);

        Assert.Equal(new ConversionTotals(700, 840, 70, 350m), impact.Before);
        Assert.Equal(new ConversionTotals(700, 840, 35, 350m), impact.After);
        Assert.Equal(0.1m, impact.Before.ConversionRate);
        Assert.Equal(0.05m, impact.After.ConversionRate);
        Assert.True(impact.IsSignificant);
    }

    [Fact]
    public void AChangeTwoDaysAgoIsJudgedOnTheTwoDaysAfterItSoFar()
    {
        var days = Enumerable.Range(-7, 10).Select(offset => new TrafficFigures(ChangeDay.AddDays(offset), 10, 10, 1, 5m)).ToList();

        var impact = ChangeImpact.Around(days, ChangeDay);

        Assert.Equal(20, impact.After.Sessions);
    }
}
