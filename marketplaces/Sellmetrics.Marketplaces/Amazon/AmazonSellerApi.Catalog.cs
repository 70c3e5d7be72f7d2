using Sellmetrics.Marketplaces.Amazon.Catalog;
using Sellmetrics.Marketplaces.Amazon.Listings;

namespace Sellmetrics.Marketplaces.Amazon;

internal sealed partial class AmazonSellerApi
{
    private static readonly string[] CatalogData = ["summaries", "images", "salesRanks"];
    private static readonly string[] ListingsData = ["summaries", "attributes", "offers", "issues", "fulfillmentAvailability"];

    public Task<CatalogItem?> GetCatalogItemAsync(string asin, CancellationToken cancellationToken = default) =>
        MarketplaceCalls.RunOrNullAsync(Marketplace,
            AmazonOperations.GetCatalogItem.Name,
            () => _catalog.GetCatalogItemAsync(asin, [MarketplaceId], CatalogData, cancellationToken));

    public Task<ListingsItem?> GetListingsItemAsync(string sku, CancellationToken cancellationToken = default) =>
        MarketplaceCalls.RunOrNullAsync(Marketplace,
            AmazonOperations.GetListingsItem.Name,
            () => _listings.GetListingsItemAsync(SellerId, sku, [MarketplaceId], ListingsData, cancellationToken));
}
