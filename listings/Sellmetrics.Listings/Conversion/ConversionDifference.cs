namespace Sellmetrics.Listings.Conversion;

/// <summary>
/// Two conversion rates and whether they differ by more than noise: a two-sided two-proportion z-test,
/// significant when <see cref="PValue"/> is below 0.05.
/// </summary>
public sealed record ConversionDifference(ConversionTotals Before, ConversionTotals After, double? Z, double? PValue)
{
    public const double SignificanceLevel = 0.05;

    public bool IsSignificant => PValue is < SignificanceLevel;
}
