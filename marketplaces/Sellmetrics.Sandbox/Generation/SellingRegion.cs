namespace Sellmetrics.Sandbox.Generation;

/// <summary>
/// The SP-API region a seller account sells in: the marketplaces it takes part in, where its generated orders are placed
/// (by weight), the marketplaces that settle (each its own settlement and deposit), the currency of its account-level fees
/// (subscription, storage) and when in the UTC day its customers order. North America is today's seller: it takes part in
/// the US and Canada, but its generated orders and its one settlement account are American.
/// </summary>
internal sealed record SellingRegion(
    string Code,
    IReadOnlyList<AmazonMarketplace> Marketplaces,
    IReadOnlyList<(AmazonMarketplace Marketplace, int Weight)> OrderShares,
    IReadOnlyList<AmazonMarketplace> Settled,
    string AccountCurrency,
    IReadOnlyList<int> UtcHourWeights)
{
    public static readonly SellingRegion NorthAmerica = new(
        "NA",
        AmazonMarketplace.NorthAmerica,
        [(AmazonMarketplace.UnitedStates, 1)],
        [AmazonMarketplace.UnitedStates],
        "USD",
        [9, 8, 7, 5, 3, 2, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 7, 7, 7, 7, 8, 9, 10]);

    public static readonly SellingRegion Europe = new(
        "EU",
        AmazonMarketplace.Europe,
        [(AmazonMarketplace.Germany, 40), (AmazonMarketplace.UnitedKingdom, 28), (AmazonMarketplace.France, 14), (AmazonMarketplace.Italy, 10), (AmazonMarketplace.Spain, 8)],
        AmazonMarketplace.Europe,
        "EUR",
        [2, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 7, 7, 7, 7, 8, 9, 10, 9, 8, 7, 5]);

    /// <summary>The marketplace the seller's credentials name (where it registered).</summary>
    public AmazonMarketplace Home => Marketplaces[0];

    public static SellingRegion? Find(string? code) => code?.ToUpperInvariant() switch
    {
        null or "NA" => NorthAmerica,
        "EU" => Europe,
        _ => null,
    };

    public bool TakesPartIn(string marketplaceId) => Marketplaces.Any(m => m.Id == marketplaceId);

    /// <summary>The marketplace with this id if the seller's catalog is listed (and its orders placed) there, else null.</summary>
    public AmazonMarketplace? ListedIn(string marketplaceId) => OrderShares.Select(s => s.Marketplace).FirstOrDefault(m => m.Id == marketplaceId);

    /// <summary>Where the next generated order is placed; a region whose orders all go to one marketplace draws nothing.</summary>
    public AmazonMarketplace PickOrderMarketplace(SeededRandom random) =>
        OrderShares.Count == 1 ? OrderShares[0].Marketplace : OrderShares[random.PickWeighted([.. OrderShares.Select(s => s.Weight)])].Marketplace;
}
