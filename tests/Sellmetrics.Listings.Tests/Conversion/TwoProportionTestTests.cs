using Sellmetrics.Listings.Conversion;

namespace Sellmetrics.Listings.Tests.Conversion;

public sealed class TwoProportionTestTests
{
    [Fact]
    public void TenToTwentyPercentOnAHundredSessionsEachIsMoreThanNoise()
    {
        // By hand: pooled 0.15, standard error √(0.15·0.85·(1/100+1/100)) = 0.050498, z = 0.10 / 0.050498 = 1.9803,
        // two-sided p = 2·(1 − Φ(1.9803)) = 0.0477.
        var result = TwoProportionTest.Compare(new(100, 150, 10, 200m), new(100, 140, 20, 400m));

        Assert.Equal(1.9803, result.Z!.Value, 4);
        Assert.Equal(0.0477, result.PValue!.Value, 4);
        Assert.True(result.IsSignificant);
    }

    [Fact]
    public void FiveToFiveAndAHalfPercentOnAThousandSessionsEachIsNoise()
    {
        // By hand: pooled 0.0525, standard error 0.0099743, z = 0.005 / 0.0099743 = 0.5013, p = 0.6162.
        var result = TwoProportionTest.Compare(new(1000, 1500, 50, 1000m), new(1000, 1500, 55, 1100m));

        Assert.Equal(0.5013, result.Z!.Value, 4);
        Assert.Equal(0.6162, result.PValue!.Value, 4);
        Assert.False(result.IsSignificant);
    }

    [Fact]
    public void APeriodWithoutSessionsCannotBeTested()
    {
        var result = TwoProportionTest.Compare(ConversionTotals.None, new(10, 12, 1, 9m));

        Assert.Null(result.PValue);
        Assert.False(result.IsSignificant);
    }

    [Fact]
    public void UnitsAboveSessionsCountAsEverySessionConverting()
    {
        var result = TwoProportionTest.Compare(new(10, 10, 25, 100m), new(10, 10, 10, 40m));

        Assert.Equal(0, result.Z);
        Assert.False(result.IsSignificant);
    }
}
