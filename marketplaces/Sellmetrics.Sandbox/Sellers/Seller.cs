using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Listings;
using Sellmetrics.Sandbox.Walmart.History;

namespace Sellmetrics.Sandbox.Sellers;

/// <summary>
/// A sandbox seller, generated from a seed or scripted by a test: identity and credentials, catalog, the SP-API region it
/// sells in, and its Amazon and Walmart histories.
/// </summary>
internal sealed class Seller
{
    private int _liveSequence;

    /// <summary>A generated North American seller (Amazon.com, and Walmart).</summary>
    public Seller(long seed)
    {
        Seed = seed;
        var random = SeededRandom.For(seed, 99);
        Credentials = NewCredentials(random, SellingRegion.NorthAmerica);
        Catalog = new SellerCatalog(seed, CatalogGenerator.Generate(seed));
        Amazon = new AmazonHistory(seed, Catalog, random.Next(18, 42), SellingRegion.NorthAmerica);
        Walmart = new WalmartHistory(seed, Catalog, random.Next(4, 10));
        StoreName = Catalog.Products[0].Brand;
    }

    /// <summary>A generated seller of another region: one account selling in all its marketplaces, no Walmart. Its credentials
    /// come from another stream of the seed than a North American seller's, so the two never collide.</summary>
    public Seller(long seed, SellingRegion region)
    {
        Seed = seed;
        Region = region;
        var random = SeededRandom.For(seed, 97);
        Credentials = NewCredentials(random, region);
        Catalog = new SellerCatalog(seed, CatalogGenerator.Generate(seed));
        Amazon = new AmazonHistory(seed, Catalog, random.Next(30, 60), region);
        Walmart = new WalmartHistory(seed, Catalog, 0);
        StoreName = Catalog.Products[0].Brand;
    }

    /// <summary>A scripted seller: its credentials come from another stream of the seed than a generated seller's, so the two never collide.</summary>
    public Seller(long seed, string storeName, SellerCatalog catalog, IAmazonHistory amazon, string script)
    {
        Seed = seed;
        Credentials = NewCredentials(SeededRandom.For(seed, 98), SellingRegion.NorthAmerica);
        Catalog = catalog;
        Amazon = amazon;
        Walmart = new WalmartHistory(seed, catalog, 0);
        StoreName = storeName;
        Script = script;
    }

    public long Seed { get; }

    public SellingRegion Region { get; } = SellingRegion.NorthAmerica;

    public SellerCredentials Credentials { get; }

    public string SellerId => Credentials.SellerId;

    public string StoreName { get; }

    public SellerCatalog Catalog { get; }

    public IAmazonHistory Amazon { get; }

    public WalmartHistory Walmart { get; }

    /// <summary>The script (as canonical JSON) a scripted seller was made from; null for a generated seller.</summary>
    public string? Script { get; }

    public bool IsScripted => Script is not null;

    /// <summary>The listing changes made through the control API.</summary>
    public ListingChangeLog ListingChanges { get; } = new();

    /// <summary>Whether the seller's listings change once an hour by themselves (the demo seller).</summary>
    public bool ChangesListingsHourly { get; init; }

    /// <summary>The seller's Walmart partner id (also used as its seller id in cursors and file names).</summary>
    public string WalmartPartnerId => ((ulong)StableHash.Of(SellerId) % 1_000_000UL).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A fresh random stream for the next live order (deterministic per seller and sequence number).</summary>
    public SeededRandom NextLiveRandom() => SeededRandom.For(Seed, 5, Interlocked.Increment(ref _liveSequence));

    /// <summary>How many live orders (both marketplaces) this seller has had.</summary>
    public int LiveSequence => Volatile.Read(ref _liveSequence);

    private static SellerCredentials NewCredentials(SeededRandom random, SellingRegion region) => new(
        SellerId: "A" + random.Alphanumeric(13),
        MarketplaceId: region.Home.Id,
        LwaClientId: "amzn1.application-oa2-client." + random.Hex(32),
        LwaClientSecret: "amzn1.oa2-cs.v1." + random.Hex(64),
        RefreshToken: "Atzr|" + random.Alphanumeric(64) + random.Hex(64),
        WalmartClientId: $"{random.Hex(8)}-{random.Hex(4)}-{random.Hex(4)}-{random.Hex(4)}-{random.Hex(12)}",
        WalmartClientSecret: random.Alphanumeric(40) + random.Hex(40))
    {
        Region = region.Code,
    };
}
