namespace Sellmetrics.Facts.Marketplaces;

/// <summary>
/// One Walmart marketplace: the id its facts are stored under, country (name and code), storefront (Walmart.com, as
/// sellers know it) and currency (ISO 4217, the one a payload naming none is in).
/// </summary>
public sealed record WalmartMarketplace(string Id, string Country, string CountryCode, string Storefront, string Currency);
