namespace Sellmetrics.Sandbox.Scripting;

/// <summary>A line of a scripted order; amounts are line totals (unit price × quantity), as Amazon writes them.</summary>
public sealed record ScriptedOrderItem(
    string? Sku,
    int Quantity,
    decimal ItemPrice,
    decimal ItemTax = 0m,
    decimal ShippingPrice = 0m,
    decimal ShippingTax = 0m,
    decimal GiftWrapPrice = 0m,
    decimal GiftWrapTax = 0m,
    decimal PromotionDiscount = 0m,
    decimal ShippingDiscount = 0m,
    string? PromotionId = null);
