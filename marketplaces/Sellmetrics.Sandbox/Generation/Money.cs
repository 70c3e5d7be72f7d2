namespace Sellmetrics.Sandbox.Generation;

/// <summary>Rounding and formatting of money amounts (always decimal, two places).</summary>
internal static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;

    public static decimal Share(decimal amount, int part, int whole) => Round(amount * part / whole);

    public static string Text(decimal amount) => Round(amount).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
