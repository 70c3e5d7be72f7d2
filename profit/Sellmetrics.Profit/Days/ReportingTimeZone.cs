namespace Sellmetrics.Profit.Days;

/// <summary>The tenant's reporting time zone (IANA id, default UTC); it decides which day an instant belongs to.</summary>
public sealed class ReportingTimeZone
{
    private readonly TimeZoneInfo _zone;

    private ReportingTimeZone(TimeZoneInfo zone) => _zone = zone;

    public static ReportingTimeZone Utc { get; } = new(TimeZoneInfo.Utc);

    public string Id => _zone.Id;

    /// <summary>The zone for an IANA id such as <c>America/Los_Angeles</c>; null or blank means UTC; an unknown id throws <see cref="TimeZoneNotFoundException"/>.</summary>
    public static ReportingTimeZone FromIana(string? ianaId) =>
        string.IsNullOrWhiteSpace(ianaId) ? Utc : new(TimeZoneInfo.FindSystemTimeZoneById(ianaId));

    /// <summary>The local calendar day of <paramref name="instant"/> in this zone.</summary>
    public DateOnly DayOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    /// <summary>The instant the local day <paramref name="day"/> begins (an hour later where midnight does not exist that day).</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        var local = _zone.IsInvalidTime(midnight) ? midnight.AddHours(1) : midnight;
        return new DateTimeOffset(local, _zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
