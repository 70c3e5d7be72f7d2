using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Listings;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Catalog;

/// <summary>A Catalog Items 2022-04-01 <c>Item</c>: one array per requested dataset (default: summaries), each for the one marketplace asked.</summary>
internal static class CatalogItemJson
{
    public static object Item(Seller seller, Product product, AmazonMarketplace marketplace, IReadOnlyList<string> included, DateTimeOffset now)
    {
        bool Has(string dataset) => included.Count == 0 ? dataset == "summaries" : included.Contains(dataset);
        var listing = SellerListings.At(seller, product, now);
        var rank = SeededRandom.For(seller.Seed, 9, product.Index, DateOnly.FromDateTime(now.UtcDateTime).DayNumber).Next(800, 90_000) / product.Popularity;
        var market = marketplace.Id;
        var bestsellers = $"https://www.{marketplace.Name.ToLowerInvariant()}/gp/bestsellers";
        var classification = new { displayName = product.Category.Name, classificationId = product.Category.ClassificationId };
        return new
        {
            asin = product.Asin,
            attributes = Has("attributes") ? ListingAttributes.For(listing, marketplace) : null,
            classifications = Has("classifications") ? new[] { new { marketplaceId = market, classifications = new[] { classification } } } : null,
            identifiers = Has("identifiers") ? new[] { new { marketplaceId = market, identifiers = new[] { new { identifierType = "UPC", identifier = product.Upc } } } } : null,
            images = Has("images")
                ? new[] { new { marketplaceId = market, images = listing.ImageIds.Select((id, i) => new { variant = i == 0 ? "MAIN" : $"PT{i:D2}", link = CatalogApi.ImageLink(id), height = 1500, width = 1500 }) } }
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
        };
    }
}
