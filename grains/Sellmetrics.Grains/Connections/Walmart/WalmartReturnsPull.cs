using Sellmetrics.Facts;
using Sellmetrics.Mappers.Walmart;

namespace Sellmetrics.Grains.Connections.Walmart;

/// <summary>Walmart return orders, for dispositions and returned units; the refunded money comes from the reconciliation.</summary>
internal sealed class WalmartReturnsPull : DatasetPull
{
    public override string Name => "returns";

    public override TimeSpan Period(SyncOptions options) => options.DailyPeriod;

    public override TimeSpan Overlap(SyncOptions options) => TimeSpan.FromDays(3);

    public override TimeSpan History(SyncOptions options) => TimeSpan.FromDays(Math.Min(options.HistoryDays, 179));

    public override async Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var returns = await context.WalmartApi.GetReturnsAsync(window.From, window.To, cancellationToken).ToListAsync(cancellationToken);
        return [WalmartReturnFacts.From(returns)];
    }
}
