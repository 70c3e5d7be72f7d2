namespace Sellmetrics.Marketplaces.Walmart.Orders;

public sealed record WalmartOrderItem(string? ProductName, string Sku);
