using Sellmetrics.Alerts.Rules;

namespace Sellmetrics.Alerts.Delivery;

/// <summary>
/// When an alert goes out on a channel: in the app at once; by email or webhook at once, at the end of the rule's quiet
/// hours, or with the daily digest at <see cref="DigestTime"/> in the seller's zone.
/// </summary>
public static class DeliverySchedule
{
    public static readonly TimeOnly DigestTime = new(8, 0);

    public static DateTimeOffset SendAt(AlertRule rule, AlertChannels channel, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (channel == AlertChannels.InApp)
        {
            return now;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var at = rule.DailyDigest ? NextLocal(local, DigestTime) : local;
        if (rule.QuietHours is { } quiet && quiet.Contains(TimeOnly.FromDateTime(at)))
        {
            at = NextLocal(at, quiet.To);
        }

        return at == local ? now : ToInstant(at, zone);
    }

    private static DateTime NextLocal(DateTime local, TimeOnly time)
    {
        var today = local.Date + time.ToTimeSpan();
        return today > local ? today : today.AddDays(1);
    }

    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        // A local time skipped by a daylight-saving jump does not exist; the first minute after the jump stands in for it.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
