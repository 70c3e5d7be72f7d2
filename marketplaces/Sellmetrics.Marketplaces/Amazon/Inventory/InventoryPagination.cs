namespace Sellmetrics.Marketplaces.Amazon.Inventory;

internal sealed record InventoryPagination(string? NextToken);
