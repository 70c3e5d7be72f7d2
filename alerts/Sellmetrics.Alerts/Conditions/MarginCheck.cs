using System.Globalization;
using Sellmetrics.Alerts.Rules;

namespace Sellmetrics.Alerts.Conditions;

/// <summary>Net profit ÷ sales over the last 7 days against the seller's floor.</summary>
public static class MarginCheck
{
    public static Observation Evaluate(string sku, decimal sales, decimal netProfit, string currency, decimal thresholdPercent)
    {
        if (sales == 0)
        {
            return new(AlertKind.MarginBelow, sku, false, $"{sku}: no sales in the last 7 days.");
        }

        var margin = netProfit / sales * 100m;
        return new(
            AlertKind.MarginBelow,
            sku,
            margin < thresholdPercent,
            $"{sku}: net margin {margin.ToString("0.#", CultureInfo.InvariantCulture)} % over the last 7 days " +
            $"({Money(netProfit, currency)} on {Money(sales, currency)} sales), floor {thresholdPercent.ToString("0.#", CultureInfo.InvariantCulture)} %.");
    }

    private static string Money(decimal amount, string currency) => $"{amount.ToString("0.00", CultureInfo.InvariantCulture)} {currency}";
}
