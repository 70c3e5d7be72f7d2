using System.Text.Json.Serialization;

namespace Sellmetrics.Marketplaces.Amazon.Finances;

/// <summary>An item of a shipment event (sales use the …List fields, refunds the …AdjustmentList fields).</summary>
public sealed record ShipmentItem(
    [property: JsonPropertyName("SellerSKU")] string? SellerSku,
    string? OrderItemId,
    string? OrderAdjustmentItemId,
    int? QuantityShipped,
    IReadOnlyList<ChargeComponent>? ItemChargeList,
    IReadOnlyList<ChargeComponent>? ItemChargeAdjustmentList,
    IReadOnlyList<FeeComponent>? ItemFeeList,
    IReadOnlyList<FeeComponent>? ItemFeeAdjustmentList,
    IReadOnlyList<Promotion>? PromotionList,
    IReadOnlyList<Promotion>? PromotionAdjustmentList,
    FinanceAmount? CostOfPointsGranted,
    FinanceAmount? CostOfPointsReturned);
