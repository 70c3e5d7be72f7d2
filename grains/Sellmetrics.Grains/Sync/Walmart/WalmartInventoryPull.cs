using Sellmetrics.Marketplaces.Walmart.Inventory;
using Sellmetrics.Profit.Facts;
using Sellmetrics.Sync.Walmart;

namespace Sellmetrics.Grains.Sync.Walmart;

/// <summary>WFS inventory per SKU and fulfillment centre: a snapshot kept per day.</summary>
internal sealed class WalmartInventoryPull : DatasetPull
{
    public override string Name => "inventory";

    public override bool HasHistory => false;

    public override TimeSpan Period(SyncOptions options) => options.HourlyPeriod;

    public override async Task<FactBatch> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var items = new List<WfsInventoryItem>();
        await foreach (var item in context.WalmartApi.GetWfsInventoryAsync(cancellationToken: cancellationToken))
        {
            items.Add(item);
        }

        var now = context.Time.GetUtcNow();
        return WalmartInventoryFacts.From(items, context.Zone.DayOf(now), now);
    }
}
