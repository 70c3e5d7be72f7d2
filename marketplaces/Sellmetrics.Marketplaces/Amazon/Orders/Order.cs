namespace Sellmetrics.Marketplaces.Amazon.Orders;

/// <summary>An SP-API Orders v0 order (non-PII fields).</summary>
public sealed record Order(
    string AmazonOrderId,
    string? SellerOrderId,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    string OrderStatus,
    string? FulfillmentChannel,
    string? SalesChannel,
    string? OrderChannel,
    string? ShipServiceLevel,
    Money? OrderTotal,
    int? NumberOfItemsShipped,
    int? NumberOfItemsUnshipped,
    string? PaymentMethod,
    string? MarketplaceId,
    string? ShipmentServiceLevelCategory,
    string? OrderType,
    DateTimeOffset? EarliestShipDate,
    DateTimeOffset? LatestShipDate,
    bool? IsBusinessOrder,
    bool? IsPrime,
    bool? IsPremiumOrder,
    bool? IsReplacementOrder,
    string? ReplacedOrderId);
