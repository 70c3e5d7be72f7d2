namespace Sellmetrics.Marketplaces.Walmart.Orders;

internal sealed record WalmartOrdersList(WalmartPageMeta? Meta, WalmartOrderElements? Elements);
