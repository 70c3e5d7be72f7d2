namespace Sellmetrics.Profit.Totals;

// The only place amounts are rounded: to the cent (and ratios to 4 places), half away from zero.
internal static class Presentation
{
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static decimal? Ratio(decimal numerator, decimal denominator) =>
        denominator == 0m ? null : Math.Round(numerator / denominator, 4, MidpointRounding.AwayFromZero);
}
