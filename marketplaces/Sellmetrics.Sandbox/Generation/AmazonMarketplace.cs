namespace Sellmetrics.Sandbox.Generation;

/// <summary>
/// An Amazon marketplace the sandbox can sell in: its id, the storefront name Finances and Orders write, its currency and
/// country (as getMarketplaceParticipations writes it: GB for the UK), and how a generated order there looks: prices as a
/// share of the catalog's dollar price, the order-id prefix, ship-to places and the standard ship service level.
/// </summary>
internal sealed record AmazonMarketplace(string Id, string Name, string Currency, string CountryCode)
{
    public static readonly AmazonMarketplace UnitedStates = new("ATVPDKIKX0DER", "Amazon.com", "USD", "US");

    public static readonly AmazonMarketplace Canada = new("A2EUQ1WTGCTBG2", "Amazon.ca", "CAD", "CA");

    public static readonly AmazonMarketplace Germany = new("A1PA6795UKMFR9", "Amazon.de", "EUR", "DE")
    {
        LanguageCode = "de_DE",
        PriceFactor = 0.95m,
        OrderIdPrefix = "30",
        ShipTo = Generation.ShipTo.Germany,
        StandardShipping = "Std DE Dom",
        FulfillmentCenters = ["LEJ1", "FRA3", "MUC3", "DTM2"],
    };

    public static readonly AmazonMarketplace France = new("A13V1IB3VIYZZH", "Amazon.fr", "EUR", "FR")
    {
        LanguageCode = "fr_FR",
        PriceFactor = 0.97m,
        OrderIdPrefix = "40",
        ShipTo = Generation.ShipTo.France,
        StandardShipping = "Std FR Dom",
        FulfillmentCenters = ["ORY1", "LYS1", "MRS1"],
    };

    public static readonly AmazonMarketplace Italy = new("APJ6JRA9NG5V4", "Amazon.it", "EUR", "IT")
    {
        LanguageCode = "it_IT",
        PriceFactor = 0.96m,
        OrderIdPrefix = "40",
        ShipTo = Generation.ShipTo.Italy,
        StandardShipping = "Std IT Dom",
        FulfillmentCenters = ["MXP5", "FCO1", "TRN1"],
    };

    public static readonly AmazonMarketplace Spain = new("A1RKKUPIHCS9HS", "Amazon.es", "EUR", "ES")
    {
        LanguageCode = "es_ES",
        PriceFactor = 0.93m,
        OrderIdPrefix = "40",
        ShipTo = Generation.ShipTo.Spain,
        StandardShipping = "Std ES Dom",
        FulfillmentCenters = ["MAD4", "BCN1", "SVQ1"],
    };

    public static readonly AmazonMarketplace UnitedKingdom = new("A1F83G8C2ARO7P", "Amazon.co.uk", "GBP", "GB")
    {
        PriceFactor = 0.82m,
        OrderIdPrefix = "20",
        ShipTo = Generation.ShipTo.UnitedKingdom,
        StandardShipping = "Std UK Dom",
        FulfillmentCenters = ["BHX4", "MAN1", "LTN1", "EDI4"],
    };

    /// <summary>The marketplaces a North American seller of the sandbox takes part in.</summary>
    public static readonly IReadOnlyList<AmazonMarketplace> NorthAmerica = [UnitedStates, Canada];

    /// <summary>The marketplaces the sandbox's European seller takes part in (one seller account, Pan-European FBA).</summary>
    public static readonly IReadOnlyList<AmazonMarketplace> Europe = [Germany, France, Italy, Spain, UnitedKingdom];

    public string LanguageCode { get; init; } = $"en_{CountryCode}";

    /// <summary>A price here is the catalog's dollar price times this (1 in the US: prices stay exactly the catalog's).</summary>
    public decimal PriceFactor { get; init; } = 1m;

    public string OrderIdPrefix { get; init; } = "11";

    public IReadOnlyList<ShipTo> ShipTo { get; init; } = Generation.ShipTo.UnitedStates;

    public string StandardShipping { get; init; } = "Std US D2D Dom";

    /// <summary>The fulfillment centres customer returns come back to.</summary>
    public IReadOnlyList<string> FulfillmentCenters { get; init; } = ["PHX7", "SDF8", "MDW2", "BFI4", "TPA1", "ONT8"];

    /// <summary>A catalog (dollar) amount in this marketplace's currency.</summary>
    public decimal Price(decimal dollars) => PriceFactor == 1m ? dollars : Money.Round(dollars * PriceFactor);

    /// <summary>Every marketplace the sandbox knows, in a fixed order (a marketplace's place in it numbers its settlements).</summary>
    public static readonly IReadOnlyList<AmazonMarketplace> All = [.. NorthAmerica, .. Europe];

    public static AmazonMarketplace? Find(string? id) => All.FirstOrDefault(m => m.Id == id);
}
