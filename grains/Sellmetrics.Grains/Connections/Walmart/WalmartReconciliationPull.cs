using Sellmetrics.Facts;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Mappers.Walmart;

namespace Sellmetrics.Grains.Connections.Walmart;

/// <summary>
/// Walmart's money ledger: the reconciliation report of each settlement cycle whose date falls in the window, read once
/// for both the ledger's facts and the cycle's payout.
/// </summary>
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
            var rows = await context.WalmartApi.GetReconReportAsync(cycle, cancellationToken);
            batches.Add(WalmartReconciliationFacts.From(rows));
            batches.Add(WalmartReconciliationPayouts.From(rows, cycle));
        }

        return [FactBatches.Concat(WalmartMarketplaces.UnitedStates.Id, batches)];
    }

    private static DateTimeOffset Instant(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
