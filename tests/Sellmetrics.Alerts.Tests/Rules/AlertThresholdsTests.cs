using Sellmetrics.Alerts.Rules;

namespace Sellmetrics.Alerts.Tests.Rules;

public sealed class AlertThresholdsTests
{
    [Fact]
    public void AConversionDropNeedsAPercentFromOneToAHundred()
    {
        Assert.NotEmpty(AlertThresholds.Check(AlertKind.ConversionDrop, null));
        Assert.NotEmpty(AlertThresholds.Check(AlertKind.ConversionDrop, 0m));
        Assert.NotEmpty(AlertThresholds.Check(AlertKind.ConversionDrop, 101m));
        Assert.Empty(AlertThresholds.Check(AlertKind.ConversionDrop, 30m));
    }

    [Fact]
    public void AMarginFloorMayBeNegative() => Assert.Empty(AlertThresholds.Check(AlertKind.MarginBelow, -5m));

    [Fact]
    public void EventAlertsTakeNoThreshold()
    {
        Assert.Empty(AlertThresholds.Check(AlertKind.ListingChanged, null));
        Assert.NotEmpty(AlertThresholds.Check(AlertKind.BuyBoxLost, 3m));
    }
}
