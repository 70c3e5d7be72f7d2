using Sellmetrics.Marketplaces.Amazon.Catalog;
using Sellmetrics.Marketplaces.Amazon.Listings;

namespace Sellmetrics.Marketplaces.Amazon;

internal sealed partial class AmazonSellerApi
{
    // searchCatalogItems takes 20 identifiers a call and gives them on one page of 20.
    private const int CatalogSearchSize = 20;
    private static readonly string[] CatalogData = ["summaries", "images", "salesRanks"];
    private static readonly string[] ListingsData = ["summaries", "attributes", "offers", "issues", "fulfillmentAvailability"];

    public Task<CatalogItem?> GetCatalogItemAsync(string asin, CancellationToken cancellationToken = default) =>
        MarketplaceCalls.RunOrNullAsync(Marketplace,
            AmazonOperations.GetCatalogItem.Name,
            () => _catalog.GetCatalogItemAsync(asin, [MarketplaceId], CatalogData, cancellationToken));

    public async Task<IReadOnlyList<CatalogItem>> SearchCatalogItemsAsync(IReadOnlyList<string> asins, CancellationToken cancellationToken = default)
    {
        var items = new List<CatalogItem>(asins.Count);
        foreach (var chunk in asins.Distinct(StringComparer.Ordinal).Chunk(CatalogSearchSize))
        {
            var page = await MarketplaceCalls.RunAsync(Marketplace,
                AmazonOperations.SearchCatalogItems.Name,
                () => _catalog.SearchCatalogItemsAsync(chunk, "ASIN", [MarketplaceId], CatalogData, CatalogSearchSize, cancellationToken)).ConfigureAwait(false);
            items.AddRange(page.Items);
        }

        return items;
    }

    public Task<ListingsItem?> GetListingsItemAsync(string sku, CancellationToken cancellationToken = default) =>
        MarketplaceCalls.RunOrNullAsync(Marketplace,
            AmazonOperations.GetListingsItem.Name,
            () => _listings.GetListingsItemAsync(SellerId, sku, [MarketplaceId], ListingsData, cancellationToken));
}
