namespace Sellmetrics.Data.Identity;

/// <summary>One tenant as the admin list shows it.</summary>
public sealed record TenantListing(Guid Id, TenantStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PurgeAfter, int UserCount);
