namespace Sellmetrics.Marketplaces.Walmart.Inventory;

internal sealed record WfsInventoryHeaders(int? TotalCount, int? Limit, int? Offset);
