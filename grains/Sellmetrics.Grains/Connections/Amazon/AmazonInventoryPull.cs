using Sellmetrics.Facts;
using Sellmetrics.Mappers.Amazon;

namespace Sellmetrics.Grains.Connections.Amazon;

/// <summary>FBA inventory: a snapshot of every SKU's stock, kept per day.</summary>
internal sealed class AmazonInventoryPull : DatasetPull
{
    public override string Name => "inventory";

    public override bool HasHistory => false;

    public override TimeSpan Period(SyncOptions options) => options.HourlyPeriod;

    public override async Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var summaries = await context.AmazonApi.GetInventorySummariesAsync(cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        var now = context.Time.GetUtcNow();
        return [InventoryFacts.From(summaries, context.Zone.DayOf(now), now, context.MarketplaceId)];
    }
}
