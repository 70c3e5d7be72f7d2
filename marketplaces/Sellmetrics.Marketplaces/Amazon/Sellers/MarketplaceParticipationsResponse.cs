namespace Sellmetrics.Marketplaces.Amazon.Sellers;

/// <summary>getMarketplaceParticipations: the marketplaces the token's seller may sell in (Sellers API v1); no seller id in it.</summary>
internal sealed record MarketplaceParticipationsResponse(IReadOnlyList<MarketplaceParticipation>? Payload);

internal sealed record MarketplaceParticipation(ParticipationMarketplace? Marketplace, Participation? Participation, string? StoreName);

internal sealed record ParticipationMarketplace(string? Id, string? CountryCode);

internal sealed record Participation(bool IsParticipating, bool HasSuspendedListings);
