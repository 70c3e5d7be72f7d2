using Refit;

namespace Sellmetrics.Marketplaces.Amazon.Catalog;

/// <summary>SP-API Catalog Items 2022-04-01 (getCatalogItem, searchCatalogItems).</summary>
internal interface ICatalogItemsApi
{
    [Get("/catalog/2022-04-01/items/{asin}")]
    Task<CatalogItem> GetCatalogItemAsync(
        string asin,
        [AliasAs("marketplaceIds")][Query(CollectionFormat.Csv)] IEnumerable<string> marketplaceIds,
        [AliasAs("includedData")][Query(CollectionFormat.Csv)] IEnumerable<string>? includedData,
        CancellationToken cancellationToken);

    [Get("/catalog/2022-04-01/items")]
    Task<CatalogItemsPage> SearchCatalogItemsAsync(
        [AliasAs("identifiers")][Query(CollectionFormat.Csv)] IEnumerable<string> identifiers,
        [AliasAs("identifiersType")] string identifiersType,
        [AliasAs("marketplaceIds")][Query(CollectionFormat.Csv)] IEnumerable<string> marketplaceIds,
        [AliasAs("includedData")][Query(CollectionFormat.Csv)] IEnumerable<string>? includedData,
        [AliasAs("pageSize")] int pageSize,
        CancellationToken cancellationToken);
}
