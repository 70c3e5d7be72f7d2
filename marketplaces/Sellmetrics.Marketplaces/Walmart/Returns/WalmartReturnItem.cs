namespace Sellmetrics.Marketplaces.Walmart.Returns;

public sealed record WalmartReturnItem(string? Sku, string? ProductName);
