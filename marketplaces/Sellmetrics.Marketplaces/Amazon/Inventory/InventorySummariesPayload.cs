namespace Sellmetrics.Marketplaces.Amazon.Inventory;

internal sealed record InventorySummariesPayload(IReadOnlyList<InventorySummary>? InventorySummaries);
