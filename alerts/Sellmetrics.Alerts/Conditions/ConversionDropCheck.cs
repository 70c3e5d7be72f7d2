using System.Globalization;
using Sellmetrics.Alerts.Rules;
using Sellmetrics.Listings.Conversion;

namespace Sellmetrics.Alerts.Conditions;

/// <summary>A day's conversion rate against the listing's rate over the 14 days before it.</summary>
public static class ConversionDropCheck
{
    public const int TrailingDays = 14;

    public static Observation Evaluate(string sku, IEnumerable<TrafficFigures> days, DateOnly day, decimal thresholdPercent)
    {
        var all = days.ToList();
        var today = ConversionTotals.Sum(all.Where(d => d.Day == day));
        var trailing = ConversionTotals.Sum(all.Where(d => d.Day >= day.AddDays(-TrailingDays) && d.Day < day));
        if (today.ConversionRate is not { } rate || trailing.ConversionRate is not { } average || average == 0)
        {
            return new(AlertKind.ConversionDrop, sku, false, $"{sku}: not enough sessions to compare on {day:yyyy-MM-dd}.");
        }

        var drop = (average - rate) / average * 100m;
        return new(
            AlertKind.ConversionDrop,
            sku,
            drop >= thresholdPercent,
            $"{sku}: conversion {Percent(rate)} on {day:yyyy-MM-dd} ({today.UnitsOrdered} units / {today.Sessions} sessions) " +
            $"vs {Percent(average)} over the {TrailingDays} days before, {drop.ToString("0.#", CultureInfo.InvariantCulture)} % lower.");
    }

    private static string Percent(decimal fraction) => (fraction * 100m).ToString("0.##", CultureInfo.InvariantCulture) + " %";
}
