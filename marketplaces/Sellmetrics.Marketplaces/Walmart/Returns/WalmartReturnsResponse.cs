namespace Sellmetrics.Marketplaces.Walmart.Returns;

internal sealed record WalmartReturnsResponse(WalmartPageMeta? Meta, IReadOnlyList<WalmartReturnOrder>? ReturnOrders);
