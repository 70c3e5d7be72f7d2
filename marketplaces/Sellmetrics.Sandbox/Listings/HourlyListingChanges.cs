using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Listings;

/// <summary>
/// The demo seller's one listing change an hour, at each whole UTC hour: hour H changes attribute H mod 5 (title, price,
/// images, availability, Buy Box winner) of product (H div 5) mod n (n products), so each product in turn has its five
/// attributes changed over five hours; each time an attribute of a product comes round it flips between two values, so
/// every hour changes something. A pure function of the seed and the hour: any instant's state is found from the last
/// hour that touched each attribute of the product.
/// </summary>
internal static class HourlyListingChanges
{
    public const string Source = "hourly";
    private const int Attributes = 5;

    /// <summary>The latest hourly change of each attribute of a product effective at <paramref name="asOf"/>, oldest first.</summary>
    public static IEnumerable<ListingChange> Latest(Seller seller, Product product, DateTimeOffset asOf)
    {
        var n = seller.Catalog.Products.Count;
        var now = HourOf(asOf);
        var block = FloorDiv(now, Attributes);
        var latestBlock = block - ((((block - product.Index) % n) + n) % n);
        return Enumerable.Range(0, Attributes)
            .Select(a => (latestBlock * Attributes) + a)
            .Select(hour => hour <= now ? hour : hour - (n * Attributes))
            .Order()
            .Select(hour => Change(seller, hour));
    }

    /// <summary>Every hourly change effective in [from, to), oldest first.</summary>
    public static IEnumerable<ListingChange> Between(Seller seller, DateTimeOffset from, DateTimeOffset to)
    {
        for (var hour = (long)Math.Ceiling(from.ToUnixTimeSeconds() / 3600d); hour * 3600 < to.ToUnixTimeSeconds(); hour++)
        {
            yield return Change(seller, hour);
        }
    }

    /// <summary>The seller id that holds the Buy Box when the seller has lost it: one of three competitors of the seed.</summary>
    public static string Competitor(long seed, int productIndex)
    {
        var random = SeededRandom.For(seed, 24, productIndex % 3);
        return "A" + random.Alphanumeric(13);
    }

    private static ListingChange Change(Seller seller, long hour)
    {
        var products = seller.Catalog.Products;
        var block = FloorDiv(hour, Attributes);
        var product = products[(int)(((block % products.Count) + products.Count) % products.Count)];
        var flipped = ((FloorDiv(block, products.Count) + seller.Seed) & 1) == 1;
        var change = new ListingChange(DateTimeOffset.FromUnixTimeSeconds(hour * 3600), product.Sku, Source);
        return (hour - (block * Attributes)) switch
        {
            0 => change with { Title = product.Title + (flipped ? " (New Edition)" : " (Bestseller)") },
            1 => change with { Price = Money.Round(AmazonMarketplace.UnitedStates.Price(product.BasePrice) * (flipped ? 1.05m : 0.95m)) },
            2 => change with { ImageIds = flipped ? [.. product.ImageIds.Skip(1), product.ImageIds[0]] : product.ImageIds },
            3 => change with { Availability = flipped ? ListingState.OutOfStock : ListingState.InStock },
            _ => change with { BuyBoxWinner = flipped ? Competitor(seller.Seed, product.Index) : seller.SellerId },
        };
    }

    private static long HourOf(DateTimeOffset instant) => FloorDiv(instant.ToUnixTimeSeconds(), 3600);

    private static long FloorDiv(long value, long by) => (long)Math.Floor(value / (double)by);
}
