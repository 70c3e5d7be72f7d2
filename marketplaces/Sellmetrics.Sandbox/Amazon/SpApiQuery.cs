using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Sellmetrics.Sandbox.Amazon;

/// <summary>Reads SP-API query parameters: ISO 8601 dates, comma-separated lists, bounded integers.</summary>
internal static class SpApiQuery
{
    public static bool TryDate(IQueryCollection query, string name, out DateTimeOffset? value)
    {
        value = null;
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    public static IReadOnlyList<string> List(IQueryCollection query, string name) =>
        [.. query[name].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    public static bool TryInt(IQueryCollection query, string name, int fallback, int min, int max, out int value)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }

    public static DateTimeOffset WholeSeconds(DateTimeOffset instant) => DateTimeOffset.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());

    /// <summary>The latest time a date filter may name, to the second: SP-API refuses one less than two minutes before the request.</summary>
    public static DateTimeOffset Latest(DateTimeOffset now) => WholeSeconds(now.AddMinutes(-2));
}
