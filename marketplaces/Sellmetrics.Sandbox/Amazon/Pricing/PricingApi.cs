using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Listings;
using Sellmetrics.Sandbox.RateLimiting;

namespace Sellmetrics.Sandbox.Amazon.Pricing;

/// <summary>
/// Product Pricing v0 getListingOffers: the offers on a SKU's detail page and which one holds the Buy Box — the seller's
/// own (<c>MyOffer</c>) while it is buyable, and a competitor's while the listing's Buy Box winner is another seller.
/// </summary>
internal static class PricingApi
{
    public static readonly RateLimit GetListingOffers = new("getListingOffers", 1, 2);

    private static readonly string[] Conditions = ["New", "Used", "Collectible", "Refurbished", "Club"];

    public static void MapPricingApi(this RouteGroupBuilder spApi) =>
        spApi.MapGet("/products/pricing/v0/listings/{sellerSku}/offers", Get).WithMetadata(GetListingOffers);

    private static IResult Get(HttpContext http, string sellerSku, SandboxClock clock)
    {
        var marketplaceId = http.Request.Query["MarketplaceId"].ToString();
        var condition = http.Request.Query["ItemCondition"].ToString();
        if (marketplaceId.Length == 0 || !Conditions.Contains(condition))
        {
            return SpApiErrors.InvalidInput(http, "MarketplaceId and ItemCondition (New, Used, Collectible, Refurbished or Club) are required.");
        }

        var seller = http.Seller();
        if (seller.Region.ListedIn(marketplaceId) is not { } marketplace || seller.Catalog.FindBySku(sellerSku) is not { } product)
        {
            return SpApiErrors.NotFound(http, $"SKU '{sellerSku}' not found in marketplace {marketplaceId}.");
        }

        var listing = SellerListings.At(seller, product, clock.UtcNow);
        var price = listing.PriceIn(marketplace);
        var offers = new List<object>();
        if (listing.IsBuyable && condition == "New")
        {
            offers.Add(Offer(seller.SellerId, price, product.IsFba, mine: true, wins: listing.BuyBoxWinner == seller.SellerId, marketplace.Currency));
        }

        if (listing.BuyBoxWinner != seller.SellerId && condition == "New")
        {
            offers.Add(Offer(listing.BuyBoxWinner, Money.Round(price * 0.97m), fba: true, mine: false, wins: true, marketplace.Currency));
        }

        var buyBoxPrice = listing.BuyBoxWinner == seller.SellerId ? (listing.IsBuyable ? price : (decimal?)null) : Money.Round(price * 0.97m);
        return SandboxJson.Json(new
        {
            payload = new
            {
                MarketplaceID = marketplace.Id,
                SKU = product.Sku,
                ItemCondition = condition,
                status = "Success",
                Identifier = new { MarketplaceId = marketplace.Id, SellerSKU = product.Sku, ItemCondition = condition },
                Summary = new
                {
                    TotalOfferCount = offers.Count,
                    NumberOfOffers = offers.Count == 0 ? [] : new[] { new { condition = "new", fulfillmentChannel = "Amazon", OfferCount = offers.Count } },
                    BuyBoxPrices = buyBoxPrice is { } amount && offers.Count > 0
                        ? new[] { new { condition = "New", LandedPrice = Amount(amount, marketplace.Currency), ListingPrice = Amount(amount, marketplace.Currency), Shipping = Amount(0m, marketplace.Currency) } }
                        : [],
                },
                Offers = offers,
            },
        });
    }

    private static object Offer(string sellerId, decimal price, bool fba, bool mine, bool wins, string currency) => new
    {
        MyOffer = mine,
        SubCondition = "new",
        SellerId = sellerId,
        ShippingTime = new { minimumHours = 24, maximumHours = 48, availabilityType = "NOW" },
        ListingPrice = Amount(price, currency),
        Shipping = Amount(0m, currency),
        IsFulfilledByAmazon = fba,
        IsBuyBoxWinner = wins,
        IsFeaturedMerchant = true,
    };

    private static object Amount(decimal amount, string currency) => new { CurrencyCode = currency, Amount = Money.Round(amount) };
}
