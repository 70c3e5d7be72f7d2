using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Amazon.Catalog;

/// <summary>Product-type attributes as Catalog and Listings write them: arrays of <c>{value, language_tag, marketplace_id}</c>.</summary>
internal static class ListingAttributes
{
    public static Dictionary<string, object> For(Product product, ListingVersion listing, AmazonMarketplace marketplace) => new(StringComparer.Ordinal)
    {
        ["item_name"] = new[] { Text(listing.Title, marketplace) },
        ["brand"] = new[] { Text(product.Brand, marketplace) },
        ["bullet_point"] = listing.Bullets.Select(b => Text(b, marketplace)).ToArray(),
        ["list_price"] = new[] { new { value = marketplace.Price(listing.Price), currency = marketplace.Currency, marketplace_id = marketplace.Id } },
    };

    private static object Text(string value, AmazonMarketplace marketplace) => new { value, language_tag = marketplace.LanguageCode, marketplace_id = marketplace.Id };
}
