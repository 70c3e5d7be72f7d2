namespace Sellmetrics.Grains.Sync;

/// <summary>One Amazon marketplace: its id, SP-API region, storefront (Amazon.de) and country.</summary>
public sealed record AmazonMarketplace(string Id, string Region, string Storefront, string Country);
