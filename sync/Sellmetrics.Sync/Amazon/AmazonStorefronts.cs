namespace Sellmetrics.Sync.Amazon;

/// <summary>
/// Each Amazon marketplace's storefront name (a financial event's <c>MarketplaceName</c>) and currency. Financial events
/// are not filtered by marketplace, so a connection keeps only those of its own storefront, or of its currency where an
/// event names no storefront (service fees, adjustments).
/// </summary>
public static class AmazonStorefronts
{
    private static readonly Dictionary<string, (string Name, string Currency)> Storefronts = new(StringComparer.Ordinal)
    {
        ["ATVPDKIKX0DER"] = ("Amazon.com", "USD"),
        ["A2EUQ1WTGCTBG2"] = ("Amazon.ca", "CAD"),
        ["A1AM78C64UM0Y8"] = ("Amazon.com.mx", "MXN"),
        ["A2Q3Y263D00KWC"] = ("Amazon.com.br", "BRL"),
        ["A1F83G8C2ARO7P"] = ("Amazon.co.uk", "GBP"),
        ["A1PA6795UKMFR9"] = ("Amazon.de", "EUR"),
        ["A13V1IB3VIYZZH"] = ("Amazon.fr", "EUR"),
        ["APJ6JRA9NG5V4"] = ("Amazon.it", "EUR"),
        ["A1RKKUPIHCS9HS"] = ("Amazon.es", "EUR"),
        ["A1805IZSGTT6HS"] = ("Amazon.nl", "EUR"),
        ["AMEN7PMS3EDWL"] = ("Amazon.com.be", "EUR"),
        ["A2NODRKZP88ZB9"] = ("Amazon.se", "SEK"),
        ["A1C3SOZRARQ6R3"] = ("Amazon.pl", "PLN"),
        ["A33AVAJ2PDY3EV"] = ("Amazon.com.tr", "TRY"),
        ["A2VIGQ35RCS4UG"] = ("Amazon.ae", "AED"),
        ["A17E79C6D8DWNP"] = ("Amazon.sa", "SAR"),
        ["ARBP9OOSHTCHU"] = ("Amazon.eg", "EGP"),
        ["A21TJRUUN4KGV"] = ("Amazon.in", "INR"),
        ["AE08WJ6YKNBMC"] = ("Amazon.co.za", "ZAR"),
        ["A1VC38T7YXB528"] = ("Amazon.co.jp", "JPY"),
        ["A39IBJ37TRP1C6"] = ("Amazon.com.au", "AUD"),
        ["A19VAU5U5O7RUS"] = ("Amazon.sg", "SGD"),
    };

    /// <summary>Whether an event belongs to the marketplace: by its storefront name when it has one, else by its currency.</summary>
    public static bool Owns(string marketplaceId, string? storefrontName, string? currency)
    {
        if (!Storefronts.TryGetValue(marketplaceId, out var own))
        {
            return true;
        }

        return storefrontName is { Length: > 0 }
            ? string.Equals(storefrontName, own.Name, StringComparison.OrdinalIgnoreCase)
            : currency is null || string.Equals(currency, own.Currency, StringComparison.OrdinalIgnoreCase);
    }
}
