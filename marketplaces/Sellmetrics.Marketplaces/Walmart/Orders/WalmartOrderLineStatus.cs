namespace Sellmetrics.Marketplaces.Walmart.Orders;

/// <summary>Created, Acknowledged, Shipped, Delivered, Cancelled or Refund, for a quantity of the line.</summary>
public sealed record WalmartOrderLineStatus(string Status, WalmartQuantity? StatusQuantity, string? CancellationReason);
