namespace Sellmetrics.Marketplaces.Walmart.Orders;

public sealed record WalmartOrderLines(IReadOnlyList<WalmartOrderLine>? OrderLine);
