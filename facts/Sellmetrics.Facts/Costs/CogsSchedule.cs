namespace Sellmetrics.Facts.Costs;

/// <summary>A SKU's unit costs over time; the entry with the latest effective-from date on or before a day is in force that day.</summary>
public sealed class CogsSchedule(IEnumerable<CogsEntry> entries)
{
    private readonly CogsEntry[] _entries = [.. entries.OrderBy(e => e.EffectiveFrom)];

    public CogsEntry? InForceOn(DateOnly day) => _entries.LastOrDefault(e => e.EffectiveFrom <= day);
}
