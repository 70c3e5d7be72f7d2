namespace Sellmetrics.Marketplaces.Amazon.Listings;

/// <summary>Quantity available per fulfillment channel (DEFAULT for merchant-fulfilled, AMAZON_NA etc. for FBA).</summary>
public sealed record FulfillmentAvailability(string FulfillmentChannelCode, int? Quantity);
