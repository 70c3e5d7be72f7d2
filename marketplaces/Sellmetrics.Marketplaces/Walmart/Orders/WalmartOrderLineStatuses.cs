namespace Sellmetrics.Marketplaces.Walmart.Orders;

public sealed record WalmartOrderLineStatuses(IReadOnlyList<WalmartOrderLineStatus>? OrderLineStatus);
