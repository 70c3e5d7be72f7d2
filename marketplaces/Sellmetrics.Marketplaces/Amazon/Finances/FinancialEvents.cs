namespace Sellmetrics.Marketplaces.Amazon.Finances;

/// <summary>The event lists of one listFinancialEvents page that Sellmetrics reads.</summary>
public sealed record FinancialEvents(
    IReadOnlyList<ShipmentEvent>? ShipmentEventList,
    IReadOnlyList<ShipmentEvent>? RefundEventList,
    IReadOnlyList<ShipmentEvent>? GuaranteeClaimEventList,
    IReadOnlyList<ShipmentEvent>? ChargebackEventList,
    IReadOnlyList<ServiceFeeEvent>? ServiceFeeEventList,
    IReadOnlyList<AdjustmentEvent>? AdjustmentEventList);
