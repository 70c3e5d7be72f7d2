namespace Sellmetrics.Marketplaces.Amazon.Inventory;

/// <summary>Quantities by state (returned with <c>details=true</c>).</summary>
public sealed record InventoryDetails(
    int? FulfillableQuantity,
    int? InboundWorkingQuantity,
    int? InboundShippedQuantity,
    int? InboundReceivingQuantity,
    ReservedQuantity? ReservedQuantity,
    ResearchingQuantity? ResearchingQuantity,
    UnfulfillableQuantity? UnfulfillableQuantity);
