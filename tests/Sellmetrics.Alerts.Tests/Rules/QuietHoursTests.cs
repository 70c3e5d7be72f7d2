using Sellmetrics.Alerts.Rules;

namespace Sellmetrics.Alerts.Tests.Rules;

public sealed class QuietHoursTests
{
    [Theory]
    [InlineData("22:00", true)]
    [InlineData("03:30", true)]
    [InlineData("07:00", false)]
    [InlineData("12:00", false)]
    public void NightQuietHoursWrapPastMidnight(string time, bool quiet) =>
        Assert.Equal(quiet, new QuietHours(new(22, 0), new(7, 0)).Contains(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("12:00", true)]
    [InlineData("14:00", false)]
    public void DaytimeQuietHours(string time, bool quiet) =>
        Assert.Equal(quiet, new QuietHours(new(12, 0), new(14, 0)).Contains(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));
}
