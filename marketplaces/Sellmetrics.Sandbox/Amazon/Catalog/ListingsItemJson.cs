using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Listings;

namespace Sellmetrics.Sandbox.Amazon.Catalog;

/// <summary>A Listings Items 2021-08-01 <c>Item</c>: the datasets asked for in <c>includedData</c> (default: summaries).</summary>
internal static class ListingsItemJson
{
    public static readonly string[] Datasets = ["summaries", "attributes", "issues", "offers", "fulfillmentAvailability", "procurement", "relationships", "productTypes"];

    public static object Item(ListingState listing, AmazonMarketplace marketplace, IReadOnlyList<string> included, int fulfillableQuantity, string regionCode)
    {
        bool Has(string dataset) => included.Count == 0 ? dataset == "summaries" : included.Contains(dataset);
        var product = listing.Product;
        return new
        {
            sku = product.Sku,
            summaries = Has("summaries") ? new[] { Summary(listing, marketplace) } : null,
            attributes = Has("attributes") ? ListingAttributes.For(listing, marketplace) : null,
            issues = Has("issues") ? Issues(listing) : null,
            offers = Has("offers")
                ? new[] { new { marketplaceId = marketplace.Id, offerType = "B2C", price = new { currencyCode = marketplace.Currency, amount = Money.Text(listing.PriceIn(marketplace)) } } }
                : null,
            fulfillmentAvailability = Has("fulfillmentAvailability")
                ? new[] { new { fulfillmentChannelCode = product.IsFba ? "AMAZON_" + regionCode : "DEFAULT", quantity = listing.IsBuyable ? fulfillableQuantity : 0 } }
                : null,
            productTypes = Has("productTypes") ? new[] { new { marketplaceId = marketplace.Id, productType = product.Category.ProductType } } : null,
        };
    }

    private static object Summary(ListingState listing, AmazonMarketplace marketplace) => new
    {
        marketplaceId = marketplace.Id,
        asin = listing.Product.Asin,
        productType = listing.Product.Category.ProductType,
        conditionType = "new_new",
        status = listing.IsBuyable ? new[] { "BUYABLE", "DISCOVERABLE" } : ["DISCOVERABLE"],
        fnSku = listing.Product.IsFba ? listing.Product.FnSku : null,
        itemName = listing.Title,
        createdDate = SandboxJson.Iso(CreatedAt(listing)),
        lastUpdatedDate = SandboxJson.Iso(listing.LastUpdated),
        mainImage = new { link = CatalogApi.ImageLink(listing.ImageIds[0]), height = 1500, width = 1500 },
    };

    public static DateTimeOffset CreatedAt(ListingState listing) => new(listing.Product.ListedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    private static object[] Issues(ListingState listing)
    {
        var issues = new List<object>();
        if (listing.Bullets.Count < 5)
        {
            issues.Add(new { code = "90220", message = $"'bullet_point' has fewer values than recommended for {listing.Product.Sku}.", severity = "WARNING", attributeNames = new[] { "bullet_point" }, categories = new[] { "MISSING_ATTRIBUTE" } });
        }

        if (!listing.IsBuyable)
        {
            issues.Add(new { code = "18027", message = $"{listing.Product.Sku} is not buyable: no quantity is available.", severity = "ERROR", attributeNames = new[] { "fulfillment_availability" }, categories = new[] { "INVALID_ATTRIBUTE" } });
        }

        return [.. issues];
    }
}
