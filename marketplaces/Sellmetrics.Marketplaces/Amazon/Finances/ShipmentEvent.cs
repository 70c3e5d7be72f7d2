namespace Sellmetrics.Marketplaces.Amazon.Finances;

/// <summary>A shipment (sale), refund, guarantee-claim or chargeback event.</summary>
public sealed record ShipmentEvent(
    string? AmazonOrderId,
    string? SellerOrderId,
    string? MarketplaceName,
    string? StoreName,
    DateTimeOffset? PostedDate,
    IReadOnlyList<ChargeComponent>? OrderChargeList,
    IReadOnlyList<ChargeComponent>? OrderChargeAdjustmentList,
    IReadOnlyList<FeeComponent>? ShipmentFeeList,
    IReadOnlyList<FeeComponent>? ShipmentFeeAdjustmentList,
    IReadOnlyList<FeeComponent>? OrderFeeList,
    IReadOnlyList<FeeComponent>? OrderFeeAdjustmentList,
    IReadOnlyList<ShipmentItem>? ShipmentItemList,
    IReadOnlyList<ShipmentItem>? ShipmentItemAdjustmentList);
