using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sellmetrics.Profit.Days;

namespace Sellmetrics.Web.Profit;

/// <summary>The <c>from</c>, <c>to</c> (inclusive, <c>YYYY-MM-DD</c>) and optional <c>marketplace</c> of a report request, checked.</summary>
internal static class ReportQuery
{
    public const int MaxDays = 1100;

    /// <summary>Answers a report request: 400 with every problem of the query, or 200 with what <paramref name="read"/> returns.</summary>
    public static async Task<Results<Ok<T>, ValidationProblem>> AnswerAsync<T>(
        string? from, string? to, string? marketplace, Func<DateRange, Task<T>> read)
    {
        var (range, errors) = Parse(from, to);
        CheckMarketplace(marketplace, errors);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await read(range!));
    }

    public static (DateRange? Range, Dictionary<string, string[]> Errors) Parse(string? from, string? to)
    {
        var errors = new Dictionary<string, string[]>();
        var start = Day(from, "from", errors);
        var end = Day(to, "to", errors);
        if (start is { } s && end is { } e)
        {
            if (e < s)
            {
                errors["to"] = ["Must not be before from."];
            }
            else if (e.DayNumber - s.DayNumber >= MaxDays)
            {
                errors["to"] = [$"A range covers at most {MaxDays} days."];
            }
        }

        return (errors.Count == 0 ? new DateRange(start!.Value, end!.Value) : null, errors);
    }

    /// <summary>Adds an error when a marketplace id is not the shape of one (letters, digits and underscores).</summary>
    public static void CheckMarketplace(string? marketplace, Dictionary<string, string[]> errors)
    {
        if (marketplace is not null && (marketplace.Length is 0 or > 32 || !marketplace.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            errors["marketplace"] = ["Not a marketplace id."];
        }
    }

    private static DateOnly? Day(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[field] = [value is null ? "Required (YYYY-MM-DD)." : "Must be a date as YYYY-MM-DD."];
        return null;
    }
}
