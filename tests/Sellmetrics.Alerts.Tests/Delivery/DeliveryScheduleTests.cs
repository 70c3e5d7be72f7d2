using Sellmetrics.Alerts.Delivery;
using Sellmetrics.Alerts.Rules;

namespace Sellmetrics.Alerts.Tests.Delivery;

public sealed class DeliveryScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static AlertRule Rule(QuietHours? quiet = null, bool digest = false) =>
        new(Guid.NewGuid(), AlertKind.BuyBoxLost, null, [], [], AlertChannels.InApp | AlertChannels.Email, quiet, digest);

    [Fact]
    public void OutsideQuietHoursEverythingGoesAtOnce()
    {
        var now = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(now, DeliverySchedule.SendAt(Rule(new(new(22, 0), new(7, 0))), AlertChannels.Email, now, Berlin));
    }

    [Fact]
    public void InQuietHoursEmailWaitsForTheirEndButTheAppShowsItAtOnce()
    {
        var now = new DateTimeOffset(2026, 12, 7, 22, 30, 0, TimeSpan.Zero); // 23:30 in Berlin
        var rule = Rule(new(new(22, 0), new(7, 0)));

        Assert.Equal(now, DeliverySchedule.SendAt(rule, AlertChannels.InApp, now, Berlin));
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.FromHours(1)), DeliverySchedule.SendAt(rule, AlertChannels.Email, now, Berlin));
    }

    [Fact]
    public void ADigestRuleSendsAtEightTheNextMorning()
    {
        var now = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero); // 11:00 in Berlin

        Assert.Equal(new DateTimeOffset(2026, 12, 8, 8, 0, 0, TimeSpan.FromHours(1)), DeliverySchedule.SendAt(Rule(digest: true), AlertChannels.Webhook, now, Berlin));
    }

    [Fact]
    public void ADigestFallingInQuietHoursWaitsForTheirEnd()
    {
        var now = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
        var rule = Rule(new(new(22, 0), new(9, 0)), digest: true);

        Assert.Equal(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(1)), DeliverySchedule.SendAt(rule, AlertChannels.Email, now, Berlin));
    }

    [Fact]
    public void AQuietEndSkippedByTheSpringJumpSendsJustAfterIt()
    {
        // Berlin jumps from 02:00 to 03:00 on 2027-03-28; quiet hours ending at 02:30 end at 03:00 that night.
        var now = new DateTimeOffset(2027, 3, 27, 23, 30, 0, TimeSpan.Zero); // 00:30 in Berlin
        var rule = Rule(new(new(0, 0), new(2, 30)));

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 3, 0, 0, TimeSpan.FromHours(2)), DeliverySchedule.SendAt(rule, AlertChannels.Email, now, Berlin));
    }
}
