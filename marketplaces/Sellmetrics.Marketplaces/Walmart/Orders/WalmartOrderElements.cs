namespace Sellmetrics.Marketplaces.Walmart.Orders;

internal sealed record WalmartOrderElements(IReadOnlyList<WalmartOrder>? Order);
