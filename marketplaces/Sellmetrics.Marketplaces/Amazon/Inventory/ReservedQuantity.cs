namespace Sellmetrics.Marketplaces.Amazon.Inventory;

public sealed record ReservedQuantity(
    int? TotalReservedQuantity,
    int? PendingCustomerOrderQuantity,
    int? PendingTransshipmentQuantity,
    int? FcProcessingQuantity);
