namespace Sellmetrics.Sandbox.Control;

/// <summary>Answer of <c>POST /sandbox/control/sellers/{sellerId}/orders</c>: the new order's id, purchase instant and marketplace.
/// It shows in getOrders once CreatedBefore may cover it (SP-API's 2-minute rule).</summary>
public sealed record CreatedOrderResponse(string AmazonOrderId, DateTimeOffset PurchaseDate, string MarketplaceId);
