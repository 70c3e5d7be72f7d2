using Sellmetrics.Facts;

namespace Sellmetrics.Mappers;

/// <summary>Folds an order's lines of the same SKU into one order item, as the store keys items by order and SKU.</summary>
public static class OrderItems
{
    public static IReadOnlyList<OrderItem> SumBySku(IEnumerable<OrderItem> lines) =>
        [.. lines.GroupBy(l => l.OrderItemId, StringComparer.Ordinal).Select(g => g.Aggregate((a, b) => a with
        {
            Quantity = a.Quantity + b.Quantity,
            ItemPrice = a.ItemPrice + b.ItemPrice,
            ShippingPrice = a.ShippingPrice + b.ShippingPrice,
            GiftWrapPrice = a.GiftWrapPrice + b.GiftWrapPrice,
            PromotionDiscount = a.PromotionDiscount + b.PromotionDiscount,
            ShippingDiscount = a.ShippingDiscount + b.ShippingDiscount,
            Tax = a.Tax + b.Tax,
        }))];
}
