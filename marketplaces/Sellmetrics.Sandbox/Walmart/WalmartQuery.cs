using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>Reads Walmart query parameters: dates as <c>yyyy-MM-dd</c> or ISO timestamps, bounded integers.</summary>
internal static class WalmartQuery
{
    public static bool TryDate(IQueryCollection query, string name, DateTimeOffset fallback, out DateTimeOffset value)
    {
        value = fallback;
        var text = query[name].ToString();
        return text.Length == 0
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    public static bool TryInt(IQueryCollection query, string name, int fallback, int min, int max, out int value)
    {
        var text = query[name].ToString();
        value = fallback;
        return text.Length == 0 || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }

    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
