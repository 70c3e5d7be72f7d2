using Sellmetrics.Facts;
using Sellmetrics.Profit.Ledger;

namespace Sellmetrics.Profit.Buckets;

/// <summary>
/// The days whose SKU buckets can change when a batch of new or updated facts is merged, so a ProductProfitGrain
/// recomputes those days and not its history. The result may hold a few extra days, never too few, provided an
/// order whose purchase instant changed is passed in the batch in both its old and new form.
/// </summary>
public static class TouchedDays
{
    /// <summary>The touched days of <paramref name="batch"/>, given the SKU's facts after the merge.</summary>
    public static IReadOnlySet<DateOnly> Of(SkuFacts batch, SkuFacts merged, ProfitRules rules)
    {
        var book = new SkuBook(merged, rules.TimeZone);
        var zone = rules.TimeZone;
        var sku = merged.Sku;
        var orderIds = batch.Orders.Select(o => o.OrderId)
            .Concat(batch.Items.Where(i => i.Sku == sku).Select(i => i.OrderId))
            .Concat(batch.Fees.Where(f => f.Sku == sku).Select(f => f.OrderId))
            .ToHashSet();
        var days = batch.Orders.Select(o => zone.DayOf(o.PurchasedAt))
            .Concat(orderIds.Where(book.Orders.ContainsKey).Select(id => zone.DayOf(book.Orders[id].PurchasedAt)))
            .Concat(batch.Fees.Where(f => f.Sku == sku).Select(f => book.DayOfOrderOr(f.OrderId, f.PostedAt)))
            .Concat(batch.Refunds.Where(r => r.Sku == sku).Select(r => zone.DayOf(r.PostedAt)))
            .Concat(batch.Reimbursements.Where(r => r.Sku == sku).Select(r => zone.DayOf(r.PostedAt)))
            .Concat(batch.ServiceFees.Where(f => f.Sku == sku).Select(f => zone.DayOf(f.PostedAt)))
            .Concat(batch.Returns.Where(r => r.Sku == sku).Select(r => zone.DayOf(r.ReturnedAt)))
            .Concat(merged.Returns.Where(r => orderIds.Contains(r.OrderId)).Select(r => zone.DayOf(r.ReturnedAt)))
            .ToHashSet();
        foreach (var cost in batch.Costs.Where(c => c.Sku == sku))
        {
            var repriced = book.Sales.Where(s => s.Day >= cost.EffectiveFrom).ToList();
            var repricedOrders = repriced.Select(s => s.Item.OrderId).ToHashSet();
            days.UnionWith(repriced.Select(s => s.Day));
            days.UnionWith(merged.Returns.Where(r => repricedOrders.Contains(r.OrderId)).Select(r => zone.DayOf(r.ReturnedAt)));
        }

        if (orderIds.Count > 0)
        {
            // Estimates learn from the SKU's settled orders, so every sale still awaiting fees may move.
            var settled = book.Fees.Select(f => f.OrderId).ToHashSet();
            days.UnionWith(book.Sales.Where(s => !settled.Contains(s.Item.OrderId)).Select(s => s.Day));
        }

        return days;
    }
}
