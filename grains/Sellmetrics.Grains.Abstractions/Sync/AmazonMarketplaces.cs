namespace Sellmetrics.Grains.Sync;

/// <summary>
/// Amazon's marketplaces (Amazon's "Marketplace IDs" table): id, the SP-API region that serves it, and the storefront and
/// country sellers know it by. The one list of them: the browser gets it through <c>/js/marketplace-list.js</c>.
/// </summary>
public static class AmazonMarketplaces
{
    /// <summary>Amazon.com, the default marketplace of a new connection.</summary>
    public const string UnitedStates = "ATVPDKIKX0DER";

    public static IReadOnlyList<AmazonMarketplace> All { get; } =
    [
        new(UnitedStates, "NA", "Amazon.com", "United States"),
        new("A2EUQ1WTGCTBG2", "NA", "Amazon.ca", "Canada"),
        new("A1AM78C64UM0Y8", "NA", "Amazon.com.mx", "Mexico"),
        new("A2Q3Y263D00KWC", "NA", "Amazon.com.br", "Brazil"),
        new("A1F83G8C2ARO7P", "EU", "Amazon.co.uk", "United Kingdom"),
        new("A1PA6795UKMFR9", "EU", "Amazon.de", "Germany"),
        new("A13V1IB3VIYZZH", "EU", "Amazon.fr", "France"),
        new("APJ6JRA9NG5V4", "EU", "Amazon.it", "Italy"),
        new("A1RKKUPIHCS9HS", "EU", "Amazon.es", "Spain"),
        new("A1805IZSGTT6HS", "EU", "Amazon.nl", "Netherlands"),
        new("AMEN7PMS3EDWL", "EU", "Amazon.com.be", "Belgium"),
        new("A2NODRKZP88ZB9", "EU", "Amazon.se", "Sweden"),
        new("A1C3SOZRARQ6R3", "EU", "Amazon.pl", "Poland"),
        new("AE08WJ6YKNBMC", "EU", "Amazon.ie", "Ireland"),
        new("A33AVAJ2PDY3EV", "EU", "Amazon.com.tr", "Turkey"),
        new("ARBP9OOSHTCHU", "EU", "Amazon.eg", "Egypt"),
        new("A17E79C6D8DWNP", "EU", "Amazon.sa", "Saudi Arabia"),
        new("A2VIGQ35RCS4UG", "EU", "Amazon.ae", "United Arab Emirates"),
        new("A21TJRUUN4KGV", "EU", "Amazon.in", "India"),
        new("A19VAU5U5O7RUS", "FE", "Amazon.sg", "Singapore"),
        new("A39IBJ37TRP1C6", "FE", "Amazon.com.au", "Australia"),
        new("A1VC38T7YXB528", "FE", "Amazon.co.jp", "Japan"),
    ];

    private static readonly Dictionary<string, AmazonMarketplace> ById = All.ToDictionary(m => m.Id, StringComparer.Ordinal);

    public static AmazonMarketplace? Find(string? marketplaceId) => marketplaceId is null ? null : ById.GetValueOrDefault(marketplaceId);

    /// <summary>The region (NA, EU or FE) of a marketplace id; null when Amazon has no such marketplace.</summary>
    public static string? RegionOf(string? marketplaceId) => Find(marketplaceId)?.Region;
}
