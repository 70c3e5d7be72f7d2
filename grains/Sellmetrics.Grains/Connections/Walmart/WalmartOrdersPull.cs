using Sellmetrics.Facts;
using Sellmetrics.Mappers.Walmart;
using Sellmetrics.Marketplaces.Walmart.Orders;

namespace Sellmetrics.Grains.Connections.Walmart;

/// <summary>
/// Walmart orders (revenue and units) of every ship-node type (Walmart answers one type per query, seller-fulfilled by default):
/// Walmart keeps 180 days, read by creation date; recent changes by modification date.
/// </summary>
internal sealed class WalmartOrdersPull : DatasetPull
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(180);

    public override string Name => "orders";

    public override TimeSpan Step => Retention;

    public override TimeSpan Period(SyncOptions options) => options.OrdersPeriod;

    public override TimeSpan History(SyncOptions options) => TimeSpan.FromDays(Math.Min(options.HistoryDays, Retention.TotalDays - 1));

    public override async Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var orders = new List<WalmartOrder>();
        foreach (var shipNodeType in WalmartShipNodeTypes.All)
        {
            var source = kind == SyncStepKind.CatchUp
                ? context.WalmartApi.GetOrdersAsync(context.Time.GetUtcNow() - Retention + TimeSpan.FromDays(1), window.From, shipNodeType, cancellationToken)
                : context.WalmartApi.GetOrdersAsync(window.From, shipNodeType: shipNodeType, cancellationToken: cancellationToken);
            await foreach (var order in source)
            {
                if (kind == SyncStepKind.CatchUp || order.OrderDate < window.To)
                {
                    orders.Add(order.ShipNode?.Type is null ? order with { ShipNode = new WalmartShipNode(shipNodeType, null, null) } : order);
                }
            }
        }

        return [WalmartOrderFacts.From(orders)];
    }
}
