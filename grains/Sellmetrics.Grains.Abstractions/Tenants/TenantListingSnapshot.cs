namespace Sellmetrics.Grains.Tenants;

/// <summary>One tenant in the admin list.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.tenant-listing")]
public sealed record TenantListingSnapshot(
    [property: Id(0)] Guid TenantId,
    [property: Id(1)] string Status,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] DateTimeOffset? PurgeAfter,
    [property: Id(4)] int UserCount);
