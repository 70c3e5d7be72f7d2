namespace Sellmetrics.Sandbox.Generation;

/// <summary>Builds a seller's catalog from its seed: titles, identifiers, prices, bullets, images and fees.</summary>
internal static class CatalogGenerator
{
    private static readonly string[] BrandStarts = ["North", "Oak", "Blue", "Sun", "Harbor", "Maple", "Stone", "Bright", "Willow", "Cedar"];
    private static readonly string[] BrandEnds = ["wind", "field", "crest", "line", "ware", "nest", "peak", "grove", "leaf", "brook"];
    private static readonly string[] Variants = ["Charcoal", "Sage Green", "Ivory", "Navy", "Terracotta", "Large", "Small", "2-Pack", "3-Pack", "Natural"];
    private static readonly string[] Claims =
    [
        "Made from durable, food-safe materials that hold up to daily use",
        "Easy to clean: rinse with warm water or place on the top rack of the dishwasher",
        "Compact design stores neatly in a drawer or cupboard",
        "Backed by our 12-month hassle-free replacement promise",
        "Thoughtfully designed by a small team that tests every batch",
        "Lightweight yet sturdy, ideal for travel and everyday carry",
        "Arrives in plastic-free, recyclable packaging",
        "A practical gift for birthdays, housewarmings and holidays",
    ];

    public static IReadOnlyList<Product> Generate(long seed)
    {
        var random = SeededRandom.For(seed, 1);
        var brand = random.Pick(BrandStarts) + random.Pick(BrandEnds);
        var count = random.Next(18, 31);
        var products = new List<Product>(count);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            products.Add(CreateProduct(random, brand, i, taken));
        }

        return products;
    }

    private static Product CreateProduct(SeededRandom random, string brand, int index, HashSet<string> taken)
    {
        var category = random.Pick(ProductCategory.All);
        var variant = random.Pick(Variants);
        var price = random.NextMoney(category.MinPrice, category.MaxPrice);
        price = decimal.Floor(price) + (random.Chance(0.7) ? 0.99m : 0.49m);
        var bullets = Enumerable.Range(0, 5).Select(_ => random.Pick(Claims)).Distinct().ToList();
        var images = Enumerable.Range(0, random.Next(3, 7)).Select(_ => random.Alphanumeric(2) + random.Alphanumeric(9).ToLowerInvariant()).ToList();
        var isFba = random.Chance(0.85);
        var onWalmart = random.Chance(0.55);
        var sku = Unique(taken, () => $"{brand[..3].ToUpperInvariant()}-{category.Name[..3].ToUpperInvariant()}-{random.Digits(4)}");
        var asin = Unique(taken, () => "B0" + random.Alphanumeric(8));
        return new Product(
            Index: index,
            Sku: sku,
            Asin: asin,
            FnSku: "X00" + random.Alphanumeric(7),
            Title: $"{brand} {random.Pick(category.Nouns)} - {variant}",
            Brand: brand,
            Category: category,
            BasePrice: price,
            Bullets: bullets,
            ImageIds: images,
            FbaFeePerUnit: random.NextMoney(3.22m, 7.95m),
            IsFba: isFba,
            Popularity: random.Next(1, 20) * random.Next(1, 6),
            ConversionPercent: random.Next(6, 19),
            Upc: "0" + random.Digits(11),
            OnWalmart: onWalmart,
            WalmartItemId: random.Next(1, 10).ToString(System.Globalization.CultureInfo.InvariantCulture) + random.Digits(8),
            ListedOn: new DateOnly(2021, 1, 1).AddDays(random.Next(0, 900)));
    }

    /// <summary>Draws until the value is new to the catalog: SKUs and ASINs key the seller's products, so a repeat (seed 9305
    /// drew the same four SKU digits twice in one category) made the seller impossible to build. A catalog without a repeat
    /// draws exactly as before.</summary>
    private static string Unique(HashSet<string> taken, Func<string> draw)
    {
        var value = draw();
        while (!taken.Add(value))
        {
            value = draw();
        }

        return value;
    }
}
