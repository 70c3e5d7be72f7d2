namespace Sellmetrics.Marketplaces.Walmart.Inventory;

internal sealed record WfsInventoryPayload(IReadOnlyList<WfsInventoryItem>? Inventory);
