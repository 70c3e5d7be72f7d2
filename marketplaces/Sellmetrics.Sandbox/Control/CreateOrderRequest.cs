namespace Sellmetrics.Sandbox.Control;

/// <summary>Body of <c>POST /sandbox/control/sellers/{sellerId}/orders</c> (optional): which SKU and how many units;
/// without it the order is drawn from the catalog like any other. <see cref="PlacedSecondsAgo"/> (0 to 3600) places it
/// that long before now: getOrders lists an order only two minutes after its last change, as SP-API does, so 119 makes
/// the next orders pull see it at once. <see cref="MarketplaceId"/> places it in one of the seller's marketplaces (default: where
/// its generated orders go, a European seller's drawn by their shares).</summary>
public sealed record CreateOrderRequest(string? Sku, int? Quantity, int? PlacedSecondsAgo, string? MarketplaceId = null);
