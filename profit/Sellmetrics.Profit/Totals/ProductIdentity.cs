namespace Sellmetrics.Profit.Totals;

/// <summary>What a ProductProfitGrain knows about its product beyond profit, echoed in its <see cref="ProductProfitRow"/>.</summary>
public sealed record ProductIdentity(string MarketplaceId, string Sku, string? Asin = null, string? Title = null);
