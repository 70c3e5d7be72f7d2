namespace Sellmetrics.Listings.Conversion;

/// <summary>Amazon restates a day's traffic for up to 72 hours; until then its figures are "settling".</summary>
public static class TrafficSettling
{
    public const int RestatedDays = 3;

    /// <summary>The day seven days back is read once more, to catch a late restatement after the settling window.</summary>
    public const int LateCheckDay = 7;

    public static bool IsSettling(DateOnly day, DateOnly today) => day >= today.AddDays(-RestatedDays);

    /// <summary>The days whose traffic is read again on each pull: the last three and day seven.</summary>
    public static IReadOnlyList<DateOnly> DaysToReread(DateOnly today) =>
        [.. Enumerable.Range(1, RestatedDays).Select(back => today.AddDays(-back)), today.AddDays(-LateCheckDay)];
}
