using Sellmetrics.Facts;
using Sellmetrics.Mappers.Amazon;

namespace Sellmetrics.Grains.Connections.Amazon;

/// <summary>
/// Orders: history from all-orders reports (one report per step beats getOrders at one page a minute plus a
/// getOrderItems call per order), recent changes from getOrders by LastUpdatedAfter with the items of each order.
/// </summary>
internal sealed class AmazonOrdersPull : DatasetPull
{
    public override string Name => "orders";

    public override TimeSpan Period(SyncOptions options) => options.OrdersPeriod;

    public override async Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var api = context.AmazonApi;
        if (kind != SyncStepKind.CatchUp)
        {
            var rows = await api.GetAllOrdersAsync(window.From, window.To, cancellationToken);
            return [AllOrdersReportFacts.From(rows, context.MarketplaceId)];
        }

        var orders = new List<FactBatch>();
        await foreach (var order in api.GetOrdersUpdatedSinceAsync(window.From, cancellationToken))
        {
            var items = await api.GetOrderItemsAsync(order.AmazonOrderId, cancellationToken).ToListAsync(cancellationToken);
            orders.Add(AmazonOrderFacts.From(order, items, context.MarketplaceId));
        }

        return [FactBatches.Concat(context.MarketplaceId, orders)];
    }
}
