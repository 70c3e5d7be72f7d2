using Sellmetrics.Facts;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Fees;
using Sellmetrics.Profit.Ledger;
using static Sellmetrics.Profit.Tests.Given;

namespace Sellmetrics.Profit.Tests.Buckets;

public sealed class RecomputationTests
{
    private static SkuFacts History() => ForSku() with
    {
        Orders = [Order("o1", "2026-03-01T10:00:00Z"), Order("o2", "2026-03-02T10:00:00Z"), Order("o3", "2026-03-03T10:00:00Z")],
        Items = [Item("o1", 1, 20.00m), Item("o2", 2, 40.00m), Item("o3", 1, 20.00m)],
        Fees = [Fee("o1", "Commission", -3.00m, "2026-03-02T00:00:00Z"), Fee("o1", "FBAPerUnitFulfillmentFee", -3.50m, "2026-03-02T00:00:00Z")],
        Returns = [new("ret1", "o2", Mug, At("2026-03-09T10:00:00Z"), 1, "SELLABLE", Sellable: true)],
        Costs = [new(Mug, 5.00m, "USD", Day("2026-01-01"))],
    };

    [Fact]
    public void ComputingTheSameFactsTwiceGivesIdenticalBucketsWhateverTheirOrder()
    {
        var facts = History();
        var shuffled = facts with { Orders = [.. facts.Orders.Reverse()], Items = [.. facts.Items.Reverse()], Fees = [.. facts.Fees.Reverse()] };

        var first = DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default);

        Assert.Equal(first, DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default));
        Assert.Equal(first, DailyBucketCalculator.ComputeAll(shuffled, ProfitRules.Default));
    }

    [Fact]
    public void PullingTheSameFeeLinesTwiceDoesNotDoubleCountFees()
    {
        var facts = History();
        var pulledTwice = facts with { Fees = [.. facts.Fees, .. facts.Fees] };

        Assert.Equal(
            DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default),
            DailyBucketCalculator.ComputeAll(pulledTwice, ProfitRules.Default));
    }

    [Fact]
    public void RecomputingOnlyTheTouchedDaysMatchesAFullRebuild()
    {
        var before = History();
        var stored = DailyBucketCalculator.ComputeAll(before, ProfitRules.Default);
        var batch = ForSku() with
        {
            Orders = [Order("o4", "2026-03-12T10:00:00Z")],
            Items = [Item("o4", 1, 20.00m)],
            Fees = [Fee("o2", "Commission", -6.00m, "2026-03-10T00:00:00Z"), Fee("o2", "FBAPerUnitFulfillmentFee", -7.00m, "2026-03-10T00:00:00Z")],
            Refunds = [new("r1", "o1", Mug, At("2026-03-11T10:00:00Z"), "USD", Principal: -20.00m)],
            Costs = [new(Mug, 5.50m, "USD", Day("2026-03-02"))],
        };
        var after = before with
        {
            Orders = [.. before.Orders, .. batch.Orders],
            Items = [.. before.Items, .. batch.Items],
            Fees = [.. before.Fees, .. batch.Fees],
            Refunds = batch.Refunds,
            Costs = [.. before.Costs, .. batch.Costs],
        };

        var touched = TouchedDays.Of(batch, after, ProfitRules.Default);
        var recomputed = stored.Where(b => !touched.Contains(b.Day))
            .Concat(DailyBucketCalculator.Compute(after, touched, ProfitRules.Default))
            .OrderBy(b => b.Day);

        Assert.Equal(DailyBucketCalculator.ComputeAll(after, ProfitRules.Default), recomputed);
        Assert.DoesNotContain(Day("2026-03-01"), touched);
    }

    [Fact]
    public void EveryComponentOfABucketIsTheSumOfTheLinesThatExplainIt()
    {
        foreach (var bucket in DailyBucketCalculator.ComputeAll(History(), ProfitRules.Default))
        {
            decimal Sum(ProfitComponent component) => bucket.Explain(component).Sum(l => l.Amount);

            Assert.Equal(bucket.Units, Sum(ProfitComponent.Units));
            Assert.Equal(bucket.Revenue, Sum(ProfitComponent.Revenue));
            Assert.Equal(bucket.Fees.Referral, Sum(ProfitComponent.ReferralFee));
            Assert.Equal(bucket.Fees.Fulfillment, Sum(ProfitComponent.FulfillmentFee));
            Assert.Equal(bucket.Cogs, Sum(ProfitComponent.Cogs));
            Assert.Equal(bucket.EstimatedFees.Total, bucket.Lines.Where(l => l.Estimated).Sum(l => l.Amount));
        }
    }

    [Fact]
    public void AnEstimateExplainsItselfFromTheSettledOrdersItLearnedFrom()
    {
        var bucket = DailyBucketCalculator.ComputeAll(History(), ProfitRules.Default).On("2026-03-03");

        var lines = bucket.Lines.Where(l => l.Estimated).ToList();

        Assert.Equal(new FeeBreakdown(3.00m, 3.50m, 0m, 0m), bucket.EstimatedFees);
        Assert.All(lines, l => Assert.Equal("o3/o3-MUG-01", l.FactId));
        Assert.Contains(lines, l => l.Detail == "estimate: 3.00 over 1 units of the last 1 settled orders × 1");
    }
}
