namespace Sellmetrics.Marketplaces.Amazon.Catalog;

public sealed record CatalogItemSalesRanks(
    string MarketplaceId,
    IReadOnlyList<CatalogSalesRank>? ClassificationRanks,
    IReadOnlyList<CatalogSalesRank>? DisplayGroupRanks);
