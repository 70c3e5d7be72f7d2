namespace Sellmetrics.Facts.Marketplaces;

/// <summary>
/// One Amazon marketplace: its id, country (name and Amazon's country code), SP-API region (NA, EU or FE), storefront
/// (Amazon.de, a financial event's <c>MarketplaceName</c>), currency (ISO 4217) and default reporting time zone (IANA id).
/// </summary>
public sealed record AmazonMarketplace(
    string Id, string Country, string CountryCode, string Region, string Storefront, string Currency, string TimeZone);
