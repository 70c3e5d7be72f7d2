namespace Sellmetrics.Facts;

/// <summary>
/// The non-tax components of a refund event for one SKU of an order, signed as the API gives them
/// (principal comes back negative, a returned commission positive, the refund commission negative).
/// </summary>
public sealed record RefundEvent(
    string Id,
    string OrderId,
    string Sku,
    DateTimeOffset PostedAt,
    string Currency,
    decimal Principal,
    decimal Shipping = 0m,
    decimal GiftWrap = 0m,
    decimal Promotion = 0m,
    decimal FeeAdjustments = 0m,
    decimal Other = 0m)
{
    public decimal Total => Principal + Shipping + GiftWrap + Promotion + FeeAdjustments + Other;
}
