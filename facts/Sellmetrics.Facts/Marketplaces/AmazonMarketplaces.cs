namespace Sellmetrics.Facts.Marketplaces;

/// <summary>
/// Amazon's marketplaces (Amazon's "Marketplace IDs" table), the one list of them: the clients, mappers, grains and the
/// browser (through <c>/js/marketplace-list.js</c>) all read it.
/// </summary>
public static class AmazonMarketplaces
{
    /// <summary>Amazon.com, the default marketplace of a new connection.</summary>
    public const string UnitedStates = "ATVPDKIKX0DER";

    // Amazon's North American reports and Seller Central days run on Pacific time; elsewhere the store's own zone.
    public static IReadOnlyList<AmazonMarketplace> All { get; } =
    [
        new("A2EUQ1WTGCTBG2", "Canada", "CA", "NA", "Amazon.ca", "CAD", "America/Los_Angeles"),
        new(UnitedStates, "United States of America", "US", "NA", "Amazon.com", "USD", "America/Los_Angeles"),
        new("A1AM78C64UM0Y8", "Mexico", "MX", "NA", "Amazon.com.mx", "MXN", "America/Mexico_City"),
        new("A2Q3Y263D00KWC", "Brazil", "BR", "NA", "Amazon.com.br", "BRL", "America/Sao_Paulo"),
        new("A28R8C7NBKEWEA", "Ireland", "IE", "EU", "Amazon.ie", "EUR", "Europe/Dublin"),
        new("A1RKKUPIHCS9HS", "Spain", "ES", "EU", "Amazon.es", "EUR", "Europe/Madrid"),
        new("A1F83G8C2ARO7P", "United Kingdom", "UK", "EU", "Amazon.co.uk", "GBP", "Europe/London"),
        new("A13V1IB3VIYZZH", "France", "FR", "EU", "Amazon.fr", "EUR", "Europe/Paris"),
        new("AMEN7PMS3EDWL", "Belgium", "BE", "EU", "Amazon.com.be", "EUR", "Europe/Brussels"),
        new("A1805IZSGTT6HS", "Netherlands", "NL", "EU", "Amazon.nl", "EUR", "Europe/Amsterdam"),
        new("A1PA6795UKMFR9", "Germany", "DE", "EU", "Amazon.de", "EUR", "Europe/Berlin"),
        new("APJ6JRA9NG5V4", "Italy", "IT", "EU", "Amazon.it", "EUR", "Europe/Rome"),
        new("A2NODRKZP88ZB9", "Sweden", "SE", "EU", "Amazon.se", "SEK", "Europe/Stockholm"),
        new("AE08WJ6YKNBMC", "South Africa", "ZA", "EU", "Amazon.co.za", "ZAR", "Africa/Johannesburg"),
        new("A1C3SOZRARQ6R3", "Poland", "PL", "EU", "Amazon.pl", "PLN", "Europe/Warsaw"),
        new("ARBP9OOSHTCHU", "Egypt", "EG", "EU", "Amazon.eg", "EGP", "Africa/Cairo"),
        new("A33AVAJ2PDY3EV", "Turkey", "TR", "EU", "Amazon.com.tr", "TRY", "Europe/Istanbul"),
        new("A17E79C6D8DWNP", "Saudi Arabia", "SA", "EU", "Amazon.sa", "SAR", "Asia/Riyadh"),
        new("A2VIGQ35RCS4UG", "United Arab Emirates", "AE", "EU", "Amazon.ae", "AED", "Asia/Dubai"),
        new("A21TJRUUN4KGV", "India", "IN", "EU", "Amazon.in", "INR", "Asia/Kolkata"),
        new("A19VAU5U5O7RUS", "Singapore", "SG", "FE", "Amazon.sg", "SGD", "Asia/Singapore"),
        new("A39IBJ37TRP1C6", "Australia", "AU", "FE", "Amazon.com.au", "AUD", "Australia/Sydney"),
        new("A1VC38T7YXB528", "Japan", "JP", "FE", "Amazon.co.jp", "JPY", "Asia/Tokyo"),
    ];

    private static readonly Dictionary<string, AmazonMarketplace> ById = All.ToDictionary(m => m.Id, StringComparer.Ordinal);

    public static AmazonMarketplace? Find(string? marketplaceId) => marketplaceId is null ? null : ById.GetValueOrDefault(marketplaceId);

    /// <summary>The region (NA, EU or FE) of a marketplace id; null when Amazon has no such marketplace.</summary>
    public static string? RegionOf(string? marketplaceId) => Find(marketplaceId)?.Region;

    /// <summary>The currency a marketplace sells in; null when Amazon has no such marketplace.</summary>
    public static string? CurrencyOf(string? marketplaceId) => Find(marketplaceId)?.Currency;
}
