using System.Globalization;
using Sellmetrics.Alerts.Rules;

namespace Sellmetrics.Alerts.Conditions;

/// <summary>Units refunded ÷ units ordered over the last 7 days, against the threshold and the 30 days before them.</summary>
public static class RefundRateCheck
{
    public static Observation Evaluate(string sku, UnitCounts lastWeek, UnitCounts monthBefore, decimal thresholdPercent)
    {
        if (lastWeek.Rate is not { } rate)
        {
            return new(AlertKind.RefundRateSpike, sku, false, $"{sku}: no units ordered in the last 7 days.");
        }

        var usual = monthBefore.Rate ?? 0m;
        return new(
            AlertKind.RefundRateSpike,
            sku,
            rate * 100m >= thresholdPercent && rate > usual,
            $"{sku}: {lastWeek.Refunded} of {lastWeek.Ordered} units refunded in the last 7 days ({Percent(rate)}), " +
            $"{Percent(usual)} in the 30 days before.");
    }

    private static string Percent(decimal fraction) => (fraction * 100m).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
