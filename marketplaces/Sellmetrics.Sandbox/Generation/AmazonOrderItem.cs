namespace Sellmetrics.Sandbox.Generation;

/// <summary>One line of an Amazon order: prices are line totals (unit price × quantity), fees are what the shipment event charges.</summary>
internal sealed record AmazonOrderItem(
    string OrderItemId,
    Product Product,
    int Quantity,
    decimal ItemPrice,
    decimal ItemTax,
    decimal ShippingPrice,
    decimal ShippingTax,
    decimal PromotionDiscount,
    string? PromotionId,
    IReadOnlyList<Fee> Fees)
{
    public decimal GiftWrapPrice { get; init; }

    public decimal GiftWrapTax { get; init; }

    public decimal ShippingDiscount { get; init; }
}
