using Sellmetrics.Facts;
using Sellmetrics.Profit.Ledger;

namespace Sellmetrics.Profit.Buckets;

/// <summary>
/// Turns a tenant's own facts into tenant-level daily buckets for the given days: service fees and reimbursements
/// without a SKU, and recurring costs spread per day. A TenantGrain calls it for the days it reports or that changed.
/// </summary>
public static class TenantBucketCalculator
{
    public static ValueList<DailyBucket> Compute(TenantFacts facts, IEnumerable<DateOnly> days, ProfitRules rules)
    {
        var wanted = days.ToHashSet();
        return BucketBuilder.Build(TenantLedger.Lines(facts, rules, wanted), wanted);
    }
}
