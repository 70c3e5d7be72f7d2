using Sellmetrics.Listings.Conversion;

namespace Sellmetrics.Listings.Tests.Conversion;

public sealed class TrafficSettlingTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void TheLastThreeDaysAreSettlingAndTheFourthIsFinal()
    {
        Assert.True(TrafficSettling.IsSettling(Today.AddDays(-3), Today));
        Assert.False(TrafficSettling.IsSettling(Today.AddDays(-4), Today));
    }

    [Fact]
    public void EachPullRereadsTheLastThreeDaysAndDaySeven() =>
        Assert.Equal([new DateOnly(2026, 12, 6), new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 4), new DateOnly(2026, 11, 30)], TrafficSettling.DaysToReread(Today));
}
