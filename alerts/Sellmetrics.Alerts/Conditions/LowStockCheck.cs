using System.Globalization;
using Sellmetrics.Alerts.Rules;

namespace Sellmetrics.Alerts.Conditions;

/// <summary>Days of cover: units available ÷ average daily units sold over the last 30 days.</summary>
public static class LowStockCheck
{
    public const int SalesDays = 30;

    public static Observation Evaluate(string sku, int unitsAvailable, int unitsSoldLast30Days, decimal thresholdDays)
    {
        if (unitsSoldLast30Days <= 0)
        {
            return new(AlertKind.LowStock, sku, false, $"{sku}: {unitsAvailable} units available, none sold in {SalesDays} days.");
        }

        var cover = unitsAvailable / ((decimal)unitsSoldLast30Days / SalesDays);
        return new(
            AlertKind.LowStock,
            sku,
            cover < thresholdDays,
            $"{sku}: {unitsAvailable} units available cover {cover.ToString("0.#", CultureInfo.InvariantCulture)} days " +
            $"at {unitsSoldLast30Days} units sold in the last {SalesDays} days.");
    }
}
