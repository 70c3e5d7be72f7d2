namespace Sellmetrics.Web.Connections;

/// <summary>The body of <c>PUT /api/connections/{id}/marketplaces</c>: the marketplaces the connection tracks from now on.</summary>
public sealed record TrackMarketplacesRequest(IReadOnlyList<string>? MarketplaceIds);
