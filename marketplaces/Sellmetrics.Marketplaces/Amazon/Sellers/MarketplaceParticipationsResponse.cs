namespace Sellmetrics.Marketplaces.Amazon.Sellers;

/// <summary>getMarketplaceParticipations (Sellers API v1): the marketplaces the token's seller may sell in; no seller id in it.</summary>
internal sealed record MarketplaceParticipationsResponse(IReadOnlyList<MarketplaceParticipation>? Payload);

internal sealed record MarketplaceParticipation(ParticipationMarketplace? Marketplace, Participation? Participation);

internal sealed record ParticipationMarketplace(string? Id);

internal sealed record Participation(bool IsParticipating);
