using MathNet.Numerics.Distributions;

namespace Sellmetrics.Listings.Conversion;

/// <summary>Whether the conversion rates of two periods differ by more than chance would explain.</summary>
public static class TwoProportionTest
{
    public static ConversionDifference Compare(ConversionTotals before, ConversionTotals after)
    {
        if (before.Sessions == 0 || after.Sessions == 0)
        {
            return new(before, after, null, null);
        }

        // A session converts at most once in the test's terms; multi-unit orders can push units above sessions.
        double successesBefore = Math.Min(before.UnitsOrdered, before.Sessions);
        double successesAfter = Math.Min(after.UnitsOrdered, after.Sessions);
        double trialsBefore = before.Sessions;
        double trialsAfter = after.Sessions;

        var pooled = (successesBefore + successesAfter) / (trialsBefore + trialsAfter);
        var standardError = Math.Sqrt(pooled * (1 - pooled) * ((1 / trialsBefore) + (1 / trialsAfter)));
        if (standardError == 0)
        {
            return new(before, after, 0, 1);
        }

        var z = ((successesAfter / trialsAfter) - (successesBefore / trialsBefore)) / standardError;
        var pValue = 2 * (1 - Normal.CDF(0, 1, Math.Abs(z)));
        return new(before, after, z, pValue);
    }
}
