namespace Sellmetrics.Sandbox.Generation;

/// <summary>
/// A seller's products and their listing history. Listings change only at 90-day period boundaries
/// (staggered per product): a new price level, a revised title or reordered bullets; unless the listings
/// are <paramref name="fixedListings"/> (a scripted seller), which always show the product's own price, title and bullets.
/// </summary>
internal sealed class SellerCatalog(long seed, IReadOnlyList<Product> products, bool fixedListings = false)
{
    private const int PeriodDays = 90;
    private static readonly int[] PriceLevels = [0, 0, 0, -5, -10, 5, 8];
    private readonly int[] _weights = [.. products.Select(p => p.Popularity)];
    private readonly Dictionary<string, Product> _bySku = products.ToDictionary(p => p.Sku, StringComparer.Ordinal);
    private readonly Dictionary<string, Product> _byAsin = products.ToDictionary(p => p.Asin, StringComparer.Ordinal);

    public IReadOnlyList<Product> Products => products;

    public IEnumerable<Product> WalmartProducts => products.Where(p => p.OnWalmart);

    public Product PickByPopularity(SeededRandom random) => products[random.PickWeighted(_weights)];

    public Product? FindBySku(string sku) => _bySku.GetValueOrDefault(sku);

    public Product? FindByAsin(string asin) => _byAsin.GetValueOrDefault(asin);

    public decimal PriceOn(Product product, DateOnly day) => fixedListings
        ? product.BasePrice
        : Money.Round(product.BasePrice * (100 + Variant(product, PeriodOf(product, day)).Level) / 100m);

    public ListingVersion ListingOn(Product product, DateOnly day)
    {
        if (fixedListings)
        {
            return new ListingVersion(product.BasePrice, product.Title, product.Bullets, product.ListedOn);
        }

        var period = PeriodOf(product, day);
        var changedOn = product.ListedOn;
        for (var back = period; back > period - 40 && back > PeriodOf(product, product.ListedOn); back--)
        {
            if (Variant(product, back) != Variant(product, back - 1))
            {
                changedOn = PeriodStart(product, back);
                break;
            }
        }

        var (_, titleVariant, bulletShift) = Variant(product, period);
        var price = PriceOn(product, day);
        var title = titleVariant == 0 ? product.Title : product.Title.Replace(" - ", " (Upgraded) - ", StringComparison.Ordinal);
        var bullets = product.Bullets.Skip(bulletShift).Concat(product.Bullets.Take(bulletShift)).ToList();
        return new ListingVersion(price, title, bullets, changedOn);
    }

    private (int Level, int Title, int Bullets) Variant(Product product, int period)
    {
        var random = SeededRandom.For(seed, 3, product.Index, period);
        return (PriceLevels[random.Next(PriceLevels.Length)], random.Chance(0.2) ? 1 : 0, random.Chance(0.25) ? 1 : 0);
    }

    private static int PeriodOf(Product product, DateOnly day) => (day.DayNumber + (product.Index * 7)) / PeriodDays;

    private static DateOnly PeriodStart(Product product, int period) =>
        DateOnly.FromDayNumber((period * PeriodDays) - (product.Index * 7));
}
