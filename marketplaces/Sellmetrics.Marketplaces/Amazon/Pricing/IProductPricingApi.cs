using Refit;

namespace Sellmetrics.Marketplaces.Amazon.Pricing;

/// <summary>SP-API Product Pricing v0 (getListingOffers).</summary>
internal interface IProductPricingApi
{
    [Get("/products/pricing/v0/listings/{sellerSku}/offers")]
    Task<AmazonPayload<ListingOffers>> GetListingOffersAsync(
        string sellerSku,
        [AliasAs("MarketplaceId")] string marketplaceId,
        [AliasAs("ItemCondition")] string itemCondition,
        CancellationToken cancellationToken);
}
