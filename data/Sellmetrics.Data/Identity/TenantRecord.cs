namespace Sellmetrics.Data.Identity;

/// <summary>A row of <c>identity.tenants</c>: one seller business and where its data lives.</summary>
public sealed record TenantRecord(Guid Id, string SchemaName, string RoleName, TenantStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PurgeAfter);
