using Sellmetrics.Alerts.Conditions;
using Sellmetrics.Listings.Conversion;
using Sellmetrics.Listings.Snapshots;

namespace Sellmetrics.Alerts.Tests.Conditions;

public sealed class ConditionChecksTests
{
    private static readonly DateOnly Day = new(2026, 12, 6);

    private static List<TrafficFigures> FourteenDaysAtTenPercentThen(int units) =>
        [.. Enumerable.Range(1, 14).Select(back => new TrafficFigures(Day.AddDays(-back), 100, 120, 10, 100m)), new(Day, 100, 120, units, 10m * units)];

    [Fact]
    public void ConversionAtSixPercentAgainstTenIsAFortyPercentDrop()
    {
        Assert.True(ConversionDropCheck.Evaluate("MUG-01", FourteenDaysAtTenPercentThen(6), Day, 40m).Holds);
        Assert.False(ConversionDropCheck.Evaluate("MUG-01", FourteenDaysAtTenPercentThen(7), Day, 40m).Holds);
        Assert.Contains("6 % on 2026-12-06 (6 units / 100 sessions) vs 10 % over the 14 days before, 40 % lower",
            ConversionDropCheck.Evaluate("MUG-01", FourteenDaysAtTenPercentThen(6), Day, 40m).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ADayWithoutSessionsIsNoDrop() =>
        Assert.False(ConversionDropCheck.Evaluate("MUG-01", FourteenDaysAtTenPercentThen(0)[..14], Day, 10m).Holds);

    [Fact]
    public void FortyUnitsCoverTenDaysAtOneHundredTwentySoldInThirty()
    {
        // 120 units in 30 days is 4 a day; 40 units last 10 days.
        Assert.True(LowStockCheck.Evaluate("MUG-01", 40, 120, 14m).Holds);
        Assert.False(LowStockCheck.Evaluate("MUG-01", 40, 120, 10m).Holds);
        Assert.False(LowStockCheck.Evaluate("MUG-01", 0, 0, 14m).Holds);
    }

    [Fact]
    public void ARefundRateSpikesWhenAboveTheThresholdAndTheMonthBefore()
    {
        Assert.True(RefundRateCheck.Evaluate("MUG-01", new(50, 5), new(200, 4), 5m).Holds);
        Assert.False(RefundRateCheck.Evaluate("MUG-01", new(50, 5), new(200, 40), 5m).Holds);
        Assert.False(RefundRateCheck.Evaluate("MUG-01", new(50, 2), new(200, 0), 5m).Holds);
    }

    [Fact]
    public void AMarginOfEightPercentIsBelowAFloorOfTen()
    {
        var observation = MarginCheck.Evaluate("MUG-01", 500m, 40m, "USD", 10m);

        Assert.True(observation.Holds);
        Assert.Contains("net margin 8 % over the last 7 days (40.00 USD on 500.00 USD sales), floor 10 %", observation.Summary, StringComparison.Ordinal);
        Assert.False(MarginCheck.Evaluate("MUG-01", 0m, 0m, "USD", 10m).Holds);
    }

    [Fact]
    public void TheBuyBoxIsLostOnlyToAKnownOtherSeller()
    {
        var snapshot = new ListingSnapshot("ATVPDKIKX0DER", "MUG-01", null, null, [], null, [], null, null, null, [], "A2OTHER", DateTimeOffset.UnixEpoch);

        Assert.True(BuyBoxCheck.Evaluate(snapshot).Holds);
        Assert.False(BuyBoxCheck.Evaluate(snapshot with { BuyBoxWinner = ListingSnapshot.OurSellerId }).Holds);
        Assert.False(BuyBoxCheck.Evaluate(snapshot with { BuyBoxWinner = null }).Holds);
    }
}
