namespace Sellmetrics.Sandbox.Tests.Europe;

/// <summary>The European seller's marketplaces as Amazon's marketplace table writes them (id, storefront, currency), typed here apart from the sandbox's own list.</summary>
public static class EuropeanMarketplaces
{
    public const string Germany = "A1PA6795UKMFR9";
    public const string UnitedKingdom = "A1F83G8C2ARO7P";

    public static readonly IReadOnlyList<(string Id, string Storefront, string Currency)> All =
    [
        (Germany, "Amazon.de", "EUR"),
        ("A13V1IB3VIYZZH", "Amazon.fr", "EUR"),
        ("APJ6JRA9NG5V4", "Amazon.it", "EUR"),
        ("A1RKKUPIHCS9HS", "Amazon.es", "EUR"),
        (UnitedKingdom, "Amazon.co.uk", "GBP"),
    ];

    public static string CurrencyOf(string storefront) => All.Single(m => m.Storefront == storefront).Currency;

    public static string IdOf(string storefront) => All.Single(m => m.Storefront == storefront).Id;
}
