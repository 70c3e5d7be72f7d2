namespace Sellmetrics.Profit.Facts;

/// <summary>
/// One order line as the Orders APIs give it: <paramref name="ItemPrice"/> is unit price × quantity,
/// discounts are positive amounts that reduce revenue, and <paramref name="Tax"/> is pass-through and never counts.
/// </summary>
public sealed record OrderItem(
    string OrderId,
    string OrderItemId,
    string Sku,
    string ProductId,
    int Quantity,
    string Currency,
    decimal ItemPrice,
    decimal ShippingPrice = 0m,
    decimal GiftWrapPrice = 0m,
    decimal PromotionDiscount = 0m,
    decimal ShippingDiscount = 0m,
    decimal Tax = 0m)
{
    /// <summary>What the line adds to revenue: price, shipping and gift wrap, less the discounts.</summary>
    public decimal Revenue => ItemPrice + ShippingPrice + GiftWrapPrice - PromotionDiscount - ShippingDiscount;
}
