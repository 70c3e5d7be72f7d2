namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>One amount of a settlement report (an order item spans several lines: price, fees, promotions…).</summary>
public sealed record SettlementLine(
    string SettlementId,
    string? TransactionType,
    string? OrderId,
    string? MerchantOrderId,
    string? AdjustmentId,
    string? ShipmentId,
    string? MarketplaceName,
    string? AmountType,
    string? AmountDescription,
    decimal Amount,
    string? FulfillmentId,
    DateTimeOffset? PostedDate,
    string? OrderItemCode,
    string? MerchantOrderItemId,
    string? MerchantAdjustmentItemId,
    string? Sku,
    int? QuantityPurchased,
    string? PromotionId);
