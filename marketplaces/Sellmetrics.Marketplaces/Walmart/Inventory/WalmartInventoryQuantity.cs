namespace Sellmetrics.Marketplaces.Walmart.Inventory;

public sealed record WalmartInventoryQuantity(string? Unit, int Amount);
