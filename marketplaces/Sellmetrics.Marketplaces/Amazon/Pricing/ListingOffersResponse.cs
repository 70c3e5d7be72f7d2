namespace Sellmetrics.Marketplaces.Amazon.Pricing;

/// <summary>The getListingOffers envelope: <c>{"payload": …}</c>.</summary>
public sealed record ListingOffersResponse(ListingOffers? Payload);
