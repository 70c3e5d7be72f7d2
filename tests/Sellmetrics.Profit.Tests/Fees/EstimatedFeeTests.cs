using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Fees;
using Sellmetrics.Profit.Ledger;
using static Sellmetrics.Profit.Tests.Given;

namespace Sellmetrics.Profit.Tests.Fees;

public sealed class EstimatedFeeTests
{
    [Fact]
    public void AnOrderWithoutFeesYetShowsAFlaggedReferralEstimateAtFifteenPercentOfItemPrice()
    {
        var facts = ForSku() with { Orders = [Order("o1", "2026-03-10T15:00:00Z")], Items = [Item("o1", 2, 40.00m)] };

        var bucket = DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default).On("2026-03-10");

        Assert.Equal(new FeeBreakdown(6.00m, 0m, 0m, 0m), bucket.EstimatedFees);
        Assert.Equal(6.00m, bucket.Fees.Total);
        Assert.True(bucket.HasEstimates);
        var line = Assert.Single(bucket.Explain(ProfitComponent.ReferralFee));
        Assert.True(line.Estimated);
        Assert.Equal("o1/o1-MUG-01", line.FactId);
    }

    [Fact]
    public void TheReferralRateIsConfigurable()
    {
        var facts = ForSku() with { Orders = [Order("o1", "2026-03-10T15:00:00Z")], Items = [Item("o1", 1, 40.00m)] };
        var rules = ProfitRules.Default with { Estimates = new FeeEstimateRules(ReferralRate: 0.08m) };

        var bucket = DailyBucketCalculator.ComputeAll(facts, rules).On("2026-03-10");

        Assert.Equal(3.20m, bucket.EstimatedFees.Referral);
    }

    [Fact]
    public void TheEstimateUsesTheSkusRecentRealFeesPerUnitByCategory()
    {
        var facts = ForSku() with
        {
            Orders = [Order("o1", "2026-03-01T10:00:00Z"), Order("o2", "2026-03-02T10:00:00Z"), Order("o3", "2026-03-10T10:00:00Z")],
            Items = [Item("o1", 1, 22.00m), Item("o2", 2, 44.00m), Item("o3", 2, 44.00m)],
            Fees =
            [
                Fee("o1", "Commission", -3.00m, "2026-03-02T00:00:00Z"),
                Fee("o1", "FBAPerUnitFulfillmentFee", -4.00m, "2026-03-02T00:00:00Z"),
                Fee("o2", "Commission", -6.60m, "2026-03-03T00:00:00Z"),
                Fee("o2", "FBAPerUnitFulfillmentFee", -8.00m, "2026-03-03T00:00:00Z"),
            ],
        };

        var bucket = DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default).On("2026-03-10");

        Assert.Equal(new FeeBreakdown(6.40m, 8.00m, 0m, 0m), bucket.EstimatedFees);
        Assert.Equal(bucket.EstimatedFees, bucket.Fees);
    }

    [Fact]
    public void RealFeesReplaceTheEstimateWhenTheShipmentEventArrives()
    {
        var awaiting = ForSku() with { Orders = [Order("o1", "2026-03-10T15:00:00Z")], Items = [Item("o1", 1, 40.00m)] };
        var settled = awaiting with
        {
            Fees = [Fee("o1", "Commission", -6.20m, "2026-03-12T00:00:00Z"), Fee("o1", "FBAWeightBasedFee", -5.10m, "2026-03-12T00:00:00Z")],
        };

        var before = DailyBucketCalculator.ComputeAll(awaiting, ProfitRules.Default).On("2026-03-10");
        var after = DailyBucketCalculator.ComputeAll(settled, ProfitRules.Default).On("2026-03-10");

        Assert.Equal(6.00m, before.EstimatedFees.Total);
        Assert.Equal(FeeBreakdown.Zero, after.EstimatedFees);
        Assert.Equal(new FeeBreakdown(6.20m, 5.10m, 0m, 0m), after.Fees);
        Assert.DoesNotContain(after.Lines, l => l.Estimated);
    }
}
