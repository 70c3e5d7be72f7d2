using Sellmetrics.Sandbox.Sellers;
using Sellmetrics.Sandbox.Walmart;
using Sellmetrics.Sandbox.Walmart.History;

namespace Sellmetrics.Sandbox.Truth;

/// <summary>
/// Walmart's amounts straight from the history, every ship-node type alike: each unit of an order not cancelled, its
/// commission and WFS fee once a settled reconciliation cycle has charged them, and each refund once settled (price back
/// less the commission returned) on the day the report names.
/// </summary>
internal static class WalmartTruth
{
    public const string Marketplace = WalmartStore.Mart;

    public static IEnumerable<TruthAmount> Amounts(Seller seller, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        var cycles = WalmartReconRows.Cycles(seller, now).ToList();
        bool Settled(DateTimeOffset at) => cycles.Any(c => at >= c.Start && at < c.End);
        var orders = seller.Walmart.OrdersPlacedBetween(DateOnly.FromDateTime(start.UtcDateTime).AddDays(-60), DateOnly.FromDateTime(end.UtcDateTime).AddDays(1), now);
        foreach (var order in orders)
        {
            foreach (var line in order.Lines)
            {
                if (order.StatusAt(now) != "Cancelled")
                {
                    yield return Amount(order.OrderDate, line) with
                    {
                        OrderId = order.PurchaseOrderId,
                        Fulfillment = order.ShipNodeType,
                        Units = 1,
                        Revenue = line.Price,
                        Fees = order.ShippedAt is { } shipped && Settled(shipped) ? TruthFees.Zero with { Referral = -line.Commission, Fulfillment = order.IsWfs ? -line.WfsFee : 0m } : TruthFees.Zero,
                    };
                }

                if (order.Return is { } r && r.LineNumbers.Contains(line.LineNumber) && Settled(r.RefundedAt))
                {
                    yield return Amount(ReportedDay(r.RefundedAt), line) with { Refunds = line.Price + line.Commission };
                }
            }
        }
    }

    // The reconciliation report dates its rows with a day only (MM/DD/YYYY), which is all the product can know.
    private static DateTimeOffset ReportedDay(DateTimeOffset at) => new(at.UtcDateTime.Date, TimeSpan.Zero);

    private static TruthAmount Amount(DateTimeOffset at, WalmartOrderLine line) => new(Marketplace, at, line.Product.Sku, WalmartStore.Currency);
}
