using Sellmetrics.Facts;

namespace Sellmetrics.Grains.Products;

/// <summary>
/// The ids (as the profit lines name them) of a batch's facts and of the already known facts of the orders it touches:
/// the lines whose day may move when the batch is merged.
/// </summary>
internal static class RelatedFactIds
{
    public static HashSet<string> Of(SkuFacts batch, SkuFacts known)
    {
        var orders = batch.Orders.Select(o => o.OrderId)
            .Concat(batch.Items.Select(i => i.OrderId))
            .Concat(batch.Fees.Select(f => f.OrderId))
            .ToHashSet(StringComparer.Ordinal);
        var items = batch.Items.Concat(known.Items.Where(i => orders.Contains(i.OrderId))).Select(i => $"{i.OrderId}/{i.OrderItemId}");
        var fees = batch.Fees.Concat(known.Fees.Where(f => orders.Contains(f.OrderId))).Select(f => f.Id);
        var returns = batch.Returns.Concat(known.Returns.Where(r => orders.Contains(r.OrderId))).Select(r => r.Id);
        return
        [
            .. items, .. fees, .. returns, .. batch.Refunds.Select(r => r.Id), .. batch.ServiceFees.Select(f => f.Id), .. batch.Reimbursements.Select(r => r.Id),
        ];
    }
}
