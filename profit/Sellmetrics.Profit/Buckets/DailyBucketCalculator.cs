using Sellmetrics.Facts;
using Sellmetrics.Profit.Ledger;

namespace Sellmetrics.Profit.Buckets;

/// <summary>
/// Turns one SKU's facts into daily buckets. A ProductProfitGrain calls <see cref="Compute"/> with the days a batch
/// touched (see <see cref="TouchedDays"/>) and replaces exactly those buckets; the same facts always give equal buckets.
/// </summary>
public static class DailyBucketCalculator
{
    /// <summary>The non-empty buckets of the given days only.</summary>
    public static ValueList<DailyBucket> Compute(SkuFacts facts, IEnumerable<DateOnly> days, ProfitRules rules) =>
        BucketBuilder.Build(SkuLedger.Lines(facts, rules), days.ToHashSet());

    /// <summary>Every non-empty bucket the facts produce, for a full rebuild.</summary>
    public static ValueList<DailyBucket> ComputeAll(SkuFacts facts, ProfitRules rules) =>
        BucketBuilder.Build(SkuLedger.Lines(facts, rules));
}
