using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Listings;

namespace Sellmetrics.Sandbox.Amazon.Catalog;

/// <summary>Product-type attributes as Catalog and Listings write them: arrays of <c>{value, language_tag, marketplace_id}</c>;
/// images as <c>main_product_image_locator</c> and <c>other_product_image_locator_1..8</c>.</summary>
internal static class ListingAttributes
{
    public static Dictionary<string, object> For(ListingState listing, AmazonMarketplace marketplace)
    {
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["item_name"] = new[] { Text(listing.Title, marketplace) },
            ["brand"] = new[] { Text(listing.Product.Brand, marketplace) },
            ["bullet_point"] = listing.Bullets.Select(b => Text(b, marketplace)).ToArray(),
            ["list_price"] = new[] { new { value = listing.PriceIn(marketplace), currency = marketplace.Currency, marketplace_id = marketplace.Id } },
            ["main_product_image_locator"] = new[] { Image(listing.ImageIds[0], marketplace) },
        };
        foreach (var (id, i) in listing.ImageIds.Skip(1).Take(8).Select((id, i) => (id, i)))
        {
            attributes[$"other_product_image_locator_{i + 1}"] = new[] { Image(id, marketplace) };
        }

        return attributes;
    }

    private static object Text(string value, AmazonMarketplace marketplace) => new { value, language_tag = marketplace.LanguageCode, marketplace_id = marketplace.Id };

    private static object Image(string id, AmazonMarketplace marketplace) => new { media_location = CatalogApi.ImageLink(id), marketplace_id = marketplace.Id };
}
