using Sellmetrics.Facts.Marketplaces;

namespace Sellmetrics.Mappers.Amazon;

/// <summary>A money line's currency: the payload's own, else the marketplace's from the table; null (refuse the line) when neither knows it.</summary>
public static class AmazonCurrency
{
    public static string? Of(string? payloadCurrency, string marketplaceId) =>
        payloadCurrency is { Length: > 0 } ? payloadCurrency : AmazonMarketplaces.CurrencyOf(marketplaceId);
}
