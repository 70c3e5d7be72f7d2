namespace Sellmetrics.Marketplaces.Amazon.Catalog;

/// <summary>One page of searchCatalogItems: the items found in all and this page's items.</summary>
public sealed record CatalogItemsPage(int NumberOfResults, IReadOnlyList<CatalogItem> Items);
