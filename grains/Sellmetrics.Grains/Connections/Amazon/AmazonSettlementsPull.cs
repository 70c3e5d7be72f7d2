using Sellmetrics.Facts;
using Sellmetrics.Mappers.Amazon;

namespace Sellmetrics.Grains.Connections.Amazon;

/// <summary>
/// Settlement reports: Amazon makes one per settlement period on its own (they cannot be requested) and lists them for
/// 90 days, so the history is read in one step and a daily catch-up picks up each new one. Read per tracked marketplace;
/// a report that names no marketplace is the home marketplace's, so it is stored once.
/// </summary>
internal sealed class AmazonSettlementsPull : DatasetPull
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(90);

    public override string Name => "settlements";

    public override TimeSpan Step => Kept;

    public override TimeSpan Period(SyncOptions options) => options.DailyPeriod;

    public override TimeSpan History(SyncOptions options) => Min(base.History(options), Kept);

    public override TimeSpan FirstStep(SyncOptions options) => History(options);

    public override TimeSpan Overlap(SyncOptions options) => TimeSpan.FromDays(2);

    public override async Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var batches = new List<FactBatch>();
        await foreach (var report in context.AmazonApi.GetSettlementReportsAsync(window.From, cancellationToken))
        {
            if (report.MarketplaceIds is [] ? context.MarketplaceId == context.Marketplaces[0] : report.MarketplaceIds.Contains(context.MarketplaceId))
            {
                batches.Add(SettlementPayouts.From(report, context.MarketplaceId));
            }
        }

        return [FactBatches.Concat(context.MarketplaceId, batches)];
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
