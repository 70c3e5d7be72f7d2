using Sellmetrics.Marketplaces.Amazon.Orders;

namespace Sellmetrics.Marketplaces.Amazon.Pricing;

/// <summary>One offer on a detail page: whose it is (<see cref="MyOffer"/>: the seller's own), its price, and whether it holds the Buy Box.</summary>
public sealed record ListingOffer(string? SellerId, bool? MyOffer, string? SubCondition, Money? ListingPrice, bool? IsFulfilledByAmazon, bool? IsBuyBoxWinner);
