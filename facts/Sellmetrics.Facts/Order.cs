namespace Sellmetrics.Facts;

/// <summary>
/// An order header (SP-API Orders <c>AmazonOrderId</c>, Walmart <c>purchaseOrderId</c>); its purchase instant decides the day of its sales and fees.
/// <see cref="Fulfillment"/> is who ships it as the marketplace names it (Walmart's ship-node type, e.g. WFSFulfilled), where known.
/// </summary>
public sealed record Order(string OrderId, string Marketplace, DateTimeOffset PurchasedAt, OrderStatus Status, string? Fulfillment = null)
{
    public bool IsCancelled => Status == OrderStatus.Cancelled;
}
