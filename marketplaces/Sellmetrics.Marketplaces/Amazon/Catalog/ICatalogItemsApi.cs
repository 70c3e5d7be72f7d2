using Refit;

namespace Sellmetrics.Marketplaces.Amazon.Catalog;

/// <summary>SP-API Catalog Items 2022-04-01 (getCatalogItem).</summary>
internal interface ICatalogItemsApi
{
    [Get("/catalog/2022-04-01/items/{asin}")]
    Task<CatalogItem> GetCatalogItemAsync(
        string asin,
        [AliasAs("marketplaceIds")][Query(CollectionFormat.Csv)] IEnumerable<string> marketplaceIds,
        [AliasAs("includedData")][Query(CollectionFormat.Csv)] IEnumerable<string>? includedData,
        CancellationToken cancellationToken);
}
