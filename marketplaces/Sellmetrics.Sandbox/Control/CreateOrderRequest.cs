namespace Sellmetrics.Sandbox.Control;

/// <summary>Body of <c>POST /sandbox/control/sellers/{sellerId}/orders</c> (optional): which SKU and how many units;
/// without it the order is drawn from the catalog like any other.</summary>
public sealed record CreateOrderRequest(string? Sku, int? Quantity);
