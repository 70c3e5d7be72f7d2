namespace Sellmetrics.Facts;

/// <summary>A fact with the marketplace it came from, for listings across marketplaces (the facts themselves do not carry it).</summary>
public sealed record MarketplaceFact<T>(string Marketplace, T Fact);
