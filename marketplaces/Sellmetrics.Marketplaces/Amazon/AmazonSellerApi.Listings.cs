using System.Runtime.CompilerServices;
using Sellmetrics.Marketplaces.Amazon.Listings;

namespace Sellmetrics.Marketplaces.Amazon;

internal sealed partial class AmazonSellerApi
{
    // The largest page searchListingsItems gives; sorted by SKU so a listing changing while pages are read keeps its place.
    private const int ListingsPageSize = 20;

    public Task<ListingsItemsPage> SearchListingsItemsPageAsync(string? pageToken, CancellationToken cancellationToken = default) =>
        MarketplaceCalls.RunAsync(Marketplace,
            AmazonOperations.SearchListingsItems.Name,
            () => _listings.SearchListingsItemsAsync(SellerId, [MarketplaceId], ListingsData, ListingsPageSize, "sku", "ASC", pageToken, cancellationToken));

    public async IAsyncEnumerable<ListingsItem> SearchListingsItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? pageToken = null;
        do
        {
            var page = await SearchListingsItemsPageAsync(pageToken, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            pageToken = page.Pagination?.NextToken;
        }
        while (!string.IsNullOrEmpty(pageToken));
    }
}
