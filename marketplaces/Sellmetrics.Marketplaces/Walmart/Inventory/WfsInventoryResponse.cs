namespace Sellmetrics.Marketplaces.Walmart.Inventory;

internal sealed record WfsInventoryResponse(WfsInventoryHeaders? Headers, WfsInventoryPayload? Payload);
