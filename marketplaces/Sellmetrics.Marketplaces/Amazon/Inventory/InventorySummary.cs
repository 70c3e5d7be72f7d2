namespace Sellmetrics.Marketplaces.Amazon.Inventory;

/// <summary>FBA inventory of one SKU in one marketplace.</summary>
public sealed record InventorySummary(
    string? Asin,
    string? FnSku,
    string? SellerSku,
    string? Condition,
    InventoryDetails? InventoryDetails,
    DateTimeOffset? LastUpdatedTime,
    string? ProductName,
    int? TotalQuantity);
