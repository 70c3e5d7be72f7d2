namespace Sellmetrics.Marketplaces.Amazon.Catalog;

/// <summary>A Catalog Items 2022-04-01 item; each dataset is a list keyed by marketplace.</summary>
public sealed record CatalogItem(
    string Asin,
    IReadOnlyList<CatalogItemSummary>? Summaries,
    IReadOnlyList<CatalogItemImages>? Images,
    IReadOnlyList<CatalogItemSalesRanks>? SalesRanks);
