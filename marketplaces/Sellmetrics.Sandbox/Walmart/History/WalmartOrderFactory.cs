using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Walmart.History;

/// <summary>Creates one Walmart order: a unit per line, seller-fulfilled, WFS or 3PL, sometimes cancelled, sometimes returned.</summary>
internal static class WalmartOrderFactory
{
    private static readonly string[] MethodCodes = ["Standard", "Standard", "Standard", "Express", "Value"];
    private static readonly string[] ReturnReasons = ["ARRIVED_LATE", "DAMAGED_ITEM", "CHANGED_MIND", "WRONG_ITEM", "DOES_NOT_FIT", "QUALITY_NOT_AS_EXPECTED"];

    /// <summary>A historical order (its life in marketplace time), or with <paramref name="liveTimeScale"/> a live one that
    /// is acknowledged, shipped and delivered within scaled minutes and is never cancelled or returned.</summary>
    public static WalmartOrder Create(SeededRandom random, IReadOnlyList<Product> products, SellerCatalog catalog, DateTimeOffset orderDate, double? liveTimeScale = null)
    {
        var first = random.Pick(products);
        var isWfs = first.IsFba && random.Chance(0.5);
        var day = DateOnly.FromDateTime(orderDate.UtcDateTime);
        var lines = new List<WalmartOrderLine>();
        var kinds = random.Chance(0.12) ? 2 : 1;
        for (var k = 0; k < kinds; k++)
        {
            var product = k == 0 ? first : random.Pick(products);
            var price = Money.Round(catalog.PriceOn(product, day) * 0.97m);
            var units = random.Chance(0.1) ? 2 : 1;
            for (var u = 0; u < units; u++)
            {
                lines.Add(new WalmartOrderLine(
                    lines.Count + 1, product, price, Money.Round(price * 0.07m),
                    Commission: -Money.Round(price * product.Category.ReferralRate),
                    WfsFee: isWfs ? -Money.Round(product.FbaFeePerUnit * 0.95m) : 0m));
            }
        }

        var scale = liveTimeScale ?? 1;
        var acknowledged = orderDate + (liveTimeScale is null ? TimeSpan.FromMinutes(random.Next(20, 180)) : TimeSpan.FromMinutes(2) / scale);
        var canceled = liveTimeScale is null && random.Chance(0.02) ? acknowledged + TimeSpan.FromMinutes(random.Next(10, 240)) : (DateTimeOffset?)null;
        DateTimeOffset? shipped = canceled is null
            ? acknowledged + (liveTimeScale is null ? TimeSpan.FromHours(random.Next(6, 48)) : TimeSpan.FromMinutes(10) / scale)
            : null;
        DateTimeOffset? delivered = shipped + (liveTimeScale is null ? TimeSpan.FromHours(random.Next(30, 120)) : TimeSpan.FromMinutes(30) / scale);
        var purchaseOrderId = random.Next(1, 10) + random.Digits(12);
        return new WalmartOrder(
            PurchaseOrderId: purchaseOrderId,
            CustomerOrderId: random.Next(1, 10) + random.Digits(12),
            OrderDate: orderDate,
            ShipNodeType: ShipNodeTypeOf(isWfs, purchaseOrderId),
            MethodCode: random.Pick(MethodCodes),
            ShipTo: random.Pick(ShipTo.UnitedStates),
            Lines: lines,
            AcknowledgedAt: acknowledged,
            ShippedAt: shipped,
            DeliveredAt: delivered,
            CanceledAt: canceled,
            Return: delivered is { } at && liveTimeScale is null && random.Chance(0.06) ? CreateReturn(random, at, lines) : null);
    }

    // A quarter of the seller's own orders go through a 3PL, decided by the order id so the random stream (and every other order) stays as it was.
    private static string ShipNodeTypeOf(bool isWfs, string purchaseOrderId) =>
        isWfs ? WalmartOrder.WfsFulfilled : StableHash.Of(purchaseOrderId) % 4 == 0 ? WalmartOrder.ThirdPartyFulfilled : WalmartOrder.SellerFulfilled;

    private static WalmartReturn CreateReturn(SeededRandom random, DateTimeOffset deliveredAt, List<WalmartOrderLine> lines)
    {
        var created = deliveredAt + TimeSpan.FromHours(random.Next(24, 20 * 24));
        var returned = lines.Count > 1 && random.Chance(0.5) ? [lines[0].LineNumber] : lines.Select(l => l.LineNumber).ToList();
        return new WalmartReturn(random.Digits(15), created, created + TimeSpan.FromHours(random.Next(48, 240)), returned, random.Pick(ReturnReasons));
    }
}
