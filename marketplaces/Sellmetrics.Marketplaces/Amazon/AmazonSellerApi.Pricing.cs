using Sellmetrics.Marketplaces.Amazon.Pricing;

namespace Sellmetrics.Marketplaces.Amazon;

internal sealed partial class AmazonSellerApi
{
    public async Task<ListingOffers?> GetListingOffersAsync(string sku, CancellationToken cancellationToken = default) =>
        (await MarketplaceCalls.RunOrNullAsync(Marketplace,
            AmazonOperations.GetListingOffers.Name,
            () => _pricing.GetListingOffersAsync(sku, MarketplaceId, "New", cancellationToken)).ConfigureAwait(false))?.Require(AmazonOperations.GetListingOffers.Name);
}
