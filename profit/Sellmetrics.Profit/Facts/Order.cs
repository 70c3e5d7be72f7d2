namespace Sellmetrics.Profit.Facts;

/// <summary>An order header (SP-API Orders <c>AmazonOrderId</c>, Walmart <c>purchaseOrderId</c>); its purchase instant decides the day of its sales and fees.</summary>
public sealed record Order(string OrderId, string Marketplace, DateTimeOffset PurchasedAt, OrderStatus Status)
{
    public bool IsCancelled => Status == OrderStatus.Cancelled;
}
