using Sellmetrics.Facts;
using Sellmetrics.Mappers.Walmart;

namespace Sellmetrics.Grains.Connections.Walmart;

/// <summary>WFS inventory per SKU and fulfillment centre: a snapshot kept per day.</summary>
internal sealed class WalmartInventoryPull : DatasetPull
{
    public override string Name => "inventory";

    public override bool HasHistory => false;

    public override TimeSpan Period(SyncOptions options) => options.HourlyPeriod;

    public override async Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var items = await context.WalmartApi.GetWfsInventoryAsync(cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        var now = context.Time.GetUtcNow();
        return [WalmartInventoryFacts.From(items, context.Zone.DayOf(now), now)];
    }
}
