using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Catalog;

/// <summary>Product-type attributes as Catalog and Listings write them: arrays of <c>{value, language_tag, marketplace_id}</c>.</summary>
internal static class ListingAttributes
{
    public static Dictionary<string, object> For(Product product, ListingVersion listing) => new(StringComparer.Ordinal)
    {
        ["item_name"] = new[] { Text(listing.Title) },
        ["brand"] = new[] { Text(product.Brand) },
        ["bullet_point"] = listing.Bullets.Select(Text).ToArray(),
        ["list_price"] = new[] { new { value = listing.Price, currency = Seller.Currency, marketplace_id = Seller.MarketplaceId } },
    };

    private static object Text(string value) => new { value, language_tag = "en_US", marketplace_id = Seller.MarketplaceId };
}
