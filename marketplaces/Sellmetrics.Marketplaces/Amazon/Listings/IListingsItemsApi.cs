using Refit;

namespace Sellmetrics.Marketplaces.Amazon.Listings;

/// <summary>SP-API Listings Items 2021-08-01 (getListingsItem, searchListingsItems).</summary>
internal interface IListingsItemsApi
{
    [Get("/listings/2021-08-01/items/{sellerId}/{sku}")]
    Task<ListingsItem> GetListingsItemAsync(
        string sellerId,
        string sku,
        [AliasAs("marketplaceIds")][Query(CollectionFormat.Csv)] IEnumerable<string> marketplaceIds,
        [AliasAs("includedData")][Query(CollectionFormat.Csv)] IEnumerable<string>? includedData,
        CancellationToken cancellationToken);

    [Get("/listings/2021-08-01/items/{sellerId}")]
    Task<ListingsItemsPage> SearchListingsItemsAsync(
        string sellerId,
        [AliasAs("marketplaceIds")][Query(CollectionFormat.Csv)] IEnumerable<string> marketplaceIds,
        [AliasAs("includedData")][Query(CollectionFormat.Csv)] IEnumerable<string>? includedData,
        [AliasAs("pageSize")] int pageSize,
        [AliasAs("sortBy")] string sortBy,
        [AliasAs("sortOrder")] string sortOrder,
        [AliasAs("pageToken")] string? pageToken,
        CancellationToken cancellationToken);
}
