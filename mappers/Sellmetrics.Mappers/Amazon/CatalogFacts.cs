using Sellmetrics.Facts;
using Sellmetrics.Marketplaces.Amazon.Catalog;
using Sellmetrics.Marketplaces.Amazon.Listings;

namespace Sellmetrics.Mappers.Amazon;

/// <summary>A SKU's catalog item and listing as one catalog entry: title, brand, main image, offer price and listing status.</summary>
public static class CatalogFacts
{
    public static CatalogEntry? From(string sku, CatalogItem? item, ListingsItem? listing, string marketplaceId, DateTimeOffset observedAt)
    {
        if (item is null && listing is null)
        {
            return null;
        }

        var summary = item?.Summaries?.FirstOrDefault(s => s.MarketplaceId == marketplaceId) ?? item?.Summaries?.FirstOrDefault();
        var listed = listing?.Summaries?.FirstOrDefault(s => s.MarketplaceId == marketplaceId) ?? listing?.Summaries?.FirstOrDefault();
        var image = item?.Images?.SelectMany(i => i.Images ?? []).FirstOrDefault(i => i.Variant == "MAIN")?.Link ?? listed?.MainImage?.Link;
        var offer = listing?.Offers?.FirstOrDefault(o => o.MarketplaceId == marketplaceId && o.OfferType == "B2C") ?? listing?.Offers?.FirstOrDefault();
        return new CatalogEntry(
            sku,
            item?.Asin ?? listed?.Asin,
            summary?.ItemName ?? listed?.ItemName,
            summary?.Brand,
            image?.ToString(),
            offer?.Price.Amount,
            offer?.Price.CurrencyCode,
            listed?.Status is { Count: > 0 } status ? string.Join(",", status) : null,
            observedAt);
    }
}
