namespace Sellmetrics.Marketplaces.Walmart.Inventory;

/// <summary>WFS stock of one SKU per ship node.</summary>
public sealed record WfsInventoryItem(string Sku, IReadOnlyList<WfsShipNode>? ShipNodes);
