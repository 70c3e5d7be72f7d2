using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Truth;

/// <summary>
/// Amazon's amounts straight from the history: each item of an order not cancelled (revenue = item price + shipping +
/// gift wrap − promotion and shipping discounts), its fees once the shipment event has posted, and every refund
/// (all non-tax amounts), reimbursement and service fee posted; each in its marketplace, an account-level fee in none.
/// </summary>
internal static class AmazonTruth
{
    // Refunds and fees of orders bought up to this long before the window can still post inside it.
    private static readonly TimeSpan Aftermath = TimeSpan.FromDays(120);

    public static IEnumerable<TruthAmount> Amounts(IAmazonHistory history, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        var orders = history.OrdersStartingBetween(DateOnly.FromDateTime(start.UtcDateTime).AddDays(-1), DateOnly.FromDateTime(end.UtcDateTime).AddDays(1), now)
            .Where(o => o.StatusAt(now) != "Canceled");
        foreach (var order in orders)
        {
            foreach (var item in order.Items)
            {
                yield return Amount(order.Marketplace, order.PurchaseDate, item.Product.Sku) with
                {
                    OrderId = order.AmazonOrderId,
                    Fulfillment = order.IsFba ? "AFN" : "MFN",
                    Units = item.Quantity,
                    Revenue = item.ItemPrice + item.ShippingPrice + item.GiftWrapPrice - item.PromotionDiscount - item.ShippingDiscount,
                    Fees = order.IsShippedAt(now) ? item.Fees.Aggregate(TruthFees.Zero, (sum, f) => sum.Add(TruthFees.Of(f.Type, f.Amount))) : TruthFees.Zero,
                };
            }
        }

        foreach (var posted in history.EventsPostedBetween(start - Aftermath, end, now))
        {
            switch (posted)
            {
                case RefundPosted r:
                    yield return Amount(r.Marketplace, r.PostedAt, r.Refund.Item.Product.Sku) with { Refunds = -r.Total };
                    break;
                case ReimbursementPosted r:
                    yield return Amount(r.Marketplace, r.PostedAt, r.Reimbursement.Product.Sku) with { Reimbursements = r.Total };
                    break;
                case ServiceFeeCharged { IsAccountLevel: true } f:
                    yield return new TruthAmount(null, f.PostedAt, null, f.Marketplace.Currency) { Fees = TruthFees.Of(f.Fee.FeeType, f.Fee.Amount) };
                    break;
                case ServiceFeeCharged f:
                    yield return Amount(f.Marketplace, f.PostedAt, f.Fee.Product?.Sku) with { Fees = TruthFees.Of(f.Fee.FeeType, f.Fee.Amount) };
                    break;
            }
        }
    }

    private static TruthAmount Amount(AmazonMarketplace marketplace, DateTimeOffset at, string? sku) => new(marketplace.Id, at, sku, marketplace.Currency);
}
