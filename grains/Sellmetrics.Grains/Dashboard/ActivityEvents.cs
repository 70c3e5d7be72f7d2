using System.Globalization;
using Sellmetrics.Facts;

namespace Sellmetrics.Grains.Dashboard;

/// <summary>
/// The live-feed entries of a batch of new or changed facts: orders, the fees posted per order, refunds and
/// reimbursements. Facts that happened before <see cref="Recent"/> are history being imported, not news, and are left out.
/// </summary>
public static class ActivityEvents
{
    public static readonly TimeSpan Recent = TimeSpan.FromDays(2);

    public static IReadOnlyList<ActivityEvent> From(FactBatch changed, DateTimeOffset learnedAt)
    {
        var since = learnedAt - Recent;
        var marketplace = changed.Marketplace;
        var itemsByOrder = changed.Items.ToLookup(i => i.OrderId, StringComparer.Ordinal);
        var orders = changed.Orders
            .Where(o => o.PurchasedAt >= since && !o.IsCancelled && itemsByOrder[o.OrderId].Any())
            .Select(o => Order(o, [.. itemsByOrder[o.OrderId]], marketplace, learnedAt));
        var fees = changed.Fees
            .Where(f => f.PostedAt >= since)
            .GroupBy(f => (f.OrderId, f.Currency))
            .Select(g => new ActivityEvent(
                $"fees:{marketplace}:{g.Key.OrderId}:{g.Max(f => f.PostedAt).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}",
                ActivityKind.Fees, learnedAt, g.Max(f => f.PostedAt), marketplace, OnlySku(g.Select(f => f.Sku)), g.Key.OrderId,
                g.Sum(f => f.Amount), g.Key.Currency, null));
        var refunds = changed.Refunds
            .Where(r => r.PostedAt >= since)
            .Select(r => new ActivityEvent(
                $"refund:{marketplace}:{r.Id}", ActivityKind.Refund, learnedAt, r.PostedAt, marketplace, r.Sku, r.OrderId, r.Total, r.Currency, null));
        var reimbursements = changed.Reimbursements
            .Where(r => r.PostedAt >= since)
            .Select(r => new ActivityEvent(
                $"reimbursement:{marketplace}:{r.Id}", ActivityKind.Reimbursement, learnedAt, r.PostedAt, marketplace, r.Sku, null, r.Amount, r.Currency, null));
        return [.. orders.Concat(fees).Concat(refunds).Concat(reimbursements).OrderByDescending(e => e.OccurredAt)];
    }

    /// <summary>A seller set a unit cost of a product.</summary>
    public static ActivityEvent UnitCost(string marketplaceId, string sku, decimal unitCost, string currency, DateOnly effectiveFrom, DateTimeOffset learnedAt) => new(
        $"unitCost:{marketplaceId}:{sku}:{learnedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}",
        ActivityKind.UnitCost, learnedAt, new DateTimeOffset(effectiveFrom.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        marketplaceId, sku, null, unitCost, currency, null);

    private static ActivityEvent Order(Order order, IReadOnlyList<OrderItem> items, string marketplace, DateTimeOffset learnedAt) => new(
        $"order:{marketplace}:{order.OrderId}", ActivityKind.Order, learnedAt, order.PurchasedAt, marketplace,
        OnlySku(items.Select(i => i.Sku)), order.OrderId, items.Sum(i => i.Revenue), items[0].Currency, items.Sum(i => i.Quantity));

    private static string? OnlySku(IEnumerable<string> skus) => skus.Distinct(StringComparer.Ordinal).ToList() is [var only] ? only : null;
}
