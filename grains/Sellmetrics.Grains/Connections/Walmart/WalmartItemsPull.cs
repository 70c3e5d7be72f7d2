using Sellmetrics.Facts;
using Sellmetrics.Mappers.Walmart;

namespace Sellmetrics.Grains.Connections.Walmart;

/// <summary>The seller's Walmart items: names, prices and publish status.</summary>
internal sealed class WalmartItemsPull : DatasetPull
{
    public override string Name => "catalog";

    public override bool HasHistory => false;

    public override TimeSpan Period(SyncOptions options) => options.DailyPeriod;

    public override async Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var items = await context.WalmartApi.GetItemsAsync(cancellationToken).ToListAsync(cancellationToken);
        return [WalmartItemFacts.From(items, context.Time.GetUtcNow())];
    }
}
