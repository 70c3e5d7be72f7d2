namespace Sellmetrics.Marketplaces.Amazon.Listings;

/// <summary>An offer (B2C or B2B) and its price.</summary>
public sealed record ListingsOffer(string MarketplaceId, string OfferType, ListingsPrice Price);
