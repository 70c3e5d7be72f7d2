using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Listings;
using Sellmetrics.Sandbox.RateLimiting;

namespace Sellmetrics.Sandbox.Amazon.Catalog;

/// <summary>Catalog Items 2022-04-01: getCatalogItem, one array per requested dataset (default: summaries).</summary>
internal static class CatalogApi
{
    public static readonly RateLimit GetCatalogItem = new("getCatalogItem", 2, 2);

    public static void MapCatalogApi(this RouteGroupBuilder spApi) =>
        spApi.MapGet("/catalog/2022-04-01/items/{asin}", GetItem).WithMetadata(GetCatalogItem);

    private static IResult GetItem(HttpContext http, string asin, SandboxClock clock)
    {
        var marketplaceIds = SpApiQuery.List(http.Request.Query, "marketplaceIds");
        if (marketplaceIds.Count == 0)
        {
            return SpApiErrors.InvalidInput(http, "marketplaceIds is required.");
        }

        var seller = http.Seller();
        var marketplace = marketplaceIds.Select(seller.Region.ListedIn).FirstOrDefault(m => m is not null);
        if (seller.Catalog.FindByAsin(asin) is not { } product || marketplace is null)
        {
            return SpApiErrors.NotFound(http, $"Requested item '{asin}' not found in marketplace(s) {string.Join(',', marketplaceIds)}.");
        }

        var included = SpApiQuery.List(http.Request.Query, "includedData");
        bool Has(string dataset) => included.Count == 0 ? dataset == "summaries" : included.Contains(dataset);
        var listing = SellerListings.At(seller, product, clock.UtcNow);
        var rank = SeededRandom.For(seller.Seed, 9, product.Index, DateOnly.FromDateTime(clock.UtcNow.UtcDateTime).DayNumber).Next(800, 90_000) / product.Popularity;
        var market = marketplace.Id;
        var bestsellers = $"https://www.{marketplace.Name.ToLowerInvariant()}/gp/bestsellers";
        var classification = new { displayName = product.Category.Name, classificationId = product.Category.ClassificationId };
        return SandboxJson.Json(new
        {
            asin = product.Asin,
            attributes = Has("attributes") ? ListingAttributes.For(listing, marketplace) : null,
            classifications = Has("classifications") ? new[] { new { marketplaceId = market, classifications = new[] { classification } } } : null,
            identifiers = Has("identifiers") ? new[] { new { marketplaceId = market, identifiers = new[] { new { identifierType = "UPC", identifier = product.Upc } } } } : null,
            images = Has("images")
                ? new[] { new { marketplaceId = market, images = listing.ImageIds.Select((id, i) => new { variant = i == 0 ? "MAIN" : $"PT{i:D2}", link = ImageLink(id), height = 1500, width = 1500 }) } }
                : null,
            productTypes = Has("productTypes") ? new[] { new { marketplaceId = market, productType = product.Category.ProductType } } : null,
            salesRanks = Has("salesRanks")
                ? new[]
                {
                    new
                    {
                        marketplaceId = market,
                        classificationRanks = new[] { new { classificationId = product.Category.ClassificationId, title = product.Category.Name, link = $"{bestsellers}/{product.Category.ClassificationId}", rank = rank / 10 + 1 } },
                        displayGroupRanks = new[] { new { websiteDisplayGroup = product.Category.DisplayGroup, title = product.Category.Name, link = bestsellers, rank = rank + 1 } },
                    },
                }
                : null,
            summaries = Has("summaries")
                ? new[]
                {
                    new
                    {
                        marketplaceId = market,
                        brand = product.Brand,
                        browseClassification = classification,
                        itemClassification = "BASE_PRODUCT",
                        itemName = listing.Title,
                        manufacturer = product.Brand,
                        packageQuantity = 1,
                        websiteDisplayGroup = product.Category.DisplayGroup,
                        websiteDisplayGroupName = product.Category.Name,
                    },
                }
                : null,
        });
    }

    public static string ImageLink(string imageId) => $"https://m.media-amazon.com/images/I/{imageId}.jpg";
}
