namespace Sellmetrics.Marketplaces.Walmart.Inventory;

/// <summary>Seller-fulfilled stock of one SKU.</summary>
public sealed record WalmartInventory(string Sku, WalmartInventoryQuantity? Quantity);
