namespace Sellmetrics.Grains.Dashboard;

/// <summary>The storefront a marketplace id stands for, as sellers know it (Amazon's "Marketplace IDs" table, and Walmart US).</summary>
public static class MarketplaceTitles
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["ATVPDKIKX0DER"] = "Amazon.com",
        ["A2EUQ1WTGCTBG2"] = "Amazon.ca",
        ["A1AM78C64UM0Y8"] = "Amazon.com.mx",
        ["A2Q3Y263D00KWC"] = "Amazon.com.br",
        ["A1F83G8C2ARO7P"] = "Amazon.co.uk",
        ["A1PA6795UKMFR9"] = "Amazon.de",
        ["A13V1IB3VIYZZH"] = "Amazon.fr",
        ["APJ6JRA9NG5V4"] = "Amazon.it",
        ["A1RKKUPIHCS9HS"] = "Amazon.es",
        ["A1805IZSGTT6HS"] = "Amazon.nl",
        ["A2NODRKZP88ZB9"] = "Amazon.se",
        ["A1C3SOZRARQ6R3"] = "Amazon.pl",
        ["AMEN7PMS3EDWL"] = "Amazon.com.be",
        ["A33AVAJ2PDY3EV"] = "Amazon.com.tr",
        ["A2VIGQ35RCS4UG"] = "Amazon.ae",
        ["A17E79C6D8DWNP"] = "Amazon.sa",
        ["ARBP9OOSHTCHU"] = "Amazon.eg",
        ["A21TJRUUN4KGV"] = "Amazon.in",
        ["AE08WJ6YKNBMC"] = "Amazon.co.za",
        ["A1VC38T7YXB528"] = "Amazon.co.jp",
        ["A39IBJ37TRP1C6"] = "Amazon.com.au",
        ["A19VAU5U5O7RUS"] = "Amazon.sg",
        ["WALMART_US"] = "Walmart.com",
    };

    /// <summary>The storefront's name, or the id itself when it is not one Sellmetrics knows.</summary>
    public static string Of(string marketplaceId) => Titles.GetValueOrDefault(marketplaceId, marketplaceId);
}
