using System.Text.Json.Serialization;

namespace Sellmetrics.Marketplaces.Amazon.Orders;

/// <summary>An SP-API Orders v0 order item; <see cref="ItemPrice"/> is unit price × quantity.</summary>
public sealed record OrderItem(
    [property: JsonPropertyName("ASIN")] string Asin,
    [property: JsonPropertyName("SellerSKU")] string? SellerSku,
    string OrderItemId,
    string? Title,
    int QuantityOrdered,
    int? QuantityShipped,
    Money? ItemPrice,
    Money? ItemTax,
    Money? ShippingPrice,
    Money? ShippingTax,
    Money? ShippingDiscount,
    Money? ShippingDiscountTax,
    Money? PromotionDiscount,
    Money? PromotionDiscountTax,
    IReadOnlyList<string>? PromotionIds,
    Money? CODFee,
    Money? CODFeeDiscount,
    string? IsGift,
    string? ConditionId,
    string? ConditionSubtypeId);
