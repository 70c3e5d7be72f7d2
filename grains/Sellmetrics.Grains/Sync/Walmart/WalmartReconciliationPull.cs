using Sellmetrics.Profit.Facts;
using Sellmetrics.Sync.Walmart;

namespace Sellmetrics.Grains.Sync.Walmart;

/// <summary>Walmart's money ledger: the reconciliation report of each settlement cycle whose date falls in the window.</summary>
internal sealed class WalmartReconciliationPull : DatasetPull
{
    public override string Name => "reconciliation";

    public override TimeSpan Period(SyncOptions options) => options.DailyPeriod;

    public override TimeSpan Overlap(SyncOptions options) => TimeSpan.FromDays(14);

    public override async Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var cycles = await context.WalmartApi.GetAvailableReconReportDatesAsync(cancellationToken);
        var batches = new List<FactBatch>();
        foreach (var cycle in cycles.Where(d => Instant(d) >= window.From && Instant(d) < window.To))
        {
            batches.Add(WalmartReconciliationFacts.From(await context.WalmartApi.GetReconReportAsync(cycle, cancellationToken)));
        }

        return [FactBatches.Concat(WalmartMarketplace.Id, batches)];
    }

    private static DateTimeOffset Instant(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
