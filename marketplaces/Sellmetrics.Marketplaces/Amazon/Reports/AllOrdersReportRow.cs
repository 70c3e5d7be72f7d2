namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>A row (one order item) of the all-orders-by-last-update flat file.</summary>
public sealed record AllOrdersReportRow(
    string AmazonOrderId,
    string? MerchantOrderId,
    DateTimeOffset PurchaseDate,
    DateTimeOffset? LastUpdatedDate,
    string? OrderStatus,
    string? FulfillmentChannel,
    string? SalesChannel,
    string? ProductName,
    string? Sku,
    string? Asin,
    string? ItemStatus,
    int Quantity,
    string? Currency,
    decimal? ItemPrice,
    decimal? ItemTax,
    decimal? ShippingPrice,
    decimal? ShippingTax,
    decimal? GiftWrapPrice,
    decimal? GiftWrapTax,
    decimal? ItemPromotionDiscount,
    decimal? ShipPromotionDiscount,
    string? PromotionIds,
    bool? IsBusinessOrder);
