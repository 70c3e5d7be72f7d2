namespace Sellmetrics.Marketplaces.Amazon.Inventory;

internal sealed record InventorySummariesResponse(InventorySummariesPayload? Payload, InventoryPagination? Pagination, IReadOnlyList<AmazonError>? Errors);
