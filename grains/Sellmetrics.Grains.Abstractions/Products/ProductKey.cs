namespace Sellmetrics.Grains.Products;

/// <summary>Which product: a SKU of one marketplace.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.product-key")]
public sealed record ProductKey([property: Id(0)] string MarketplaceId, [property: Id(1)] string Sku);
