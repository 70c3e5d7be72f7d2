namespace Sellmetrics.Marketplaces.Amazon.Catalog;

public sealed record CatalogItemImages(string MarketplaceId, IReadOnlyList<CatalogImage>? Images);
