namespace Sellmetrics.Sandbox.Control;

/// <summary>Answer of <c>POST /sandbox/control/sellers/{sellerId}/walmart-orders</c>: the new Walmart order's id and date.</summary>
public sealed record CreatedWalmartOrderResponse(string PurchaseOrderId, DateTimeOffset OrderDate);
