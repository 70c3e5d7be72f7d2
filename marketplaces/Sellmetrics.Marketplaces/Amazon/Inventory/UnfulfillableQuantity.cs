namespace Sellmetrics.Marketplaces.Amazon.Inventory;

public sealed record UnfulfillableQuantity(
    int? TotalUnfulfillableQuantity,
    int? CustomerDamagedQuantity,
    int? WarehouseDamagedQuantity,
    int? DistributorDamagedQuantity,
    int? CarrierDamagedQuantity,
    int? DefectiveQuantity,
    int? ExpiredQuantity);
