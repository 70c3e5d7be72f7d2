using System.Globalization;

namespace Sellmetrics.Marketplaces.Reports;

/// <summary>Parses the text of flat-file report cells: decimals with either separator, and the date styles Amazon and Walmart use.</summary>
internal static class FlatFileValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd",
        "dd.MM.yyyy HH:mm:ss",
        "dd.MM.yyyy",
        "MM/dd/yyyy HH:mm:ss",
        "MM/dd/yyyy",
    ];

    public static decimal? Decimal(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.Trim();
        var comma = normalized.LastIndexOf(',');
        var dot = normalized.LastIndexOf('.');
        if (comma > dot)
        {
            // "1.234,56" or "12,34": the comma is the decimal separator.
            normalized = normalized.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else
        {
            normalized = normalized.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        return decimal.Parse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    public static int? Int(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : int.Parse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static DateTimeOffset? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^4];
        }

        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, Styles, out var exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, Styles, out var parsed)
            ? parsed
            : throw new FormatException($"'{trimmed}' is not a date the report parser understands.");
    }
}
