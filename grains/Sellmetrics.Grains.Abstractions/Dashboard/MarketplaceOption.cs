namespace Sellmetrics.Grains.Dashboard;

/// <summary>A marketplace the tenant sells on, for the dashboard's picker.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.marketplace-option")]
public sealed record MarketplaceOption([property: Id(0)] string MarketplaceId, [property: Id(1)] string Name);
