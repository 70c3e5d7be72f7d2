namespace Sellmetrics.Marketplaces.Walmart.Orders;

internal sealed record WalmartOrdersResponse(WalmartOrdersList? List);
