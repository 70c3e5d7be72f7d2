using Sellmetrics.Grains.Tenants;

namespace Sellmetrics.Web.Admin;

/// <summary>One tenant in the admin list.</summary>
public sealed record TenantListingResponse(Guid TenantId, string Status, DateTimeOffset CreatedAt, DateTimeOffset? PurgeAfter, int UserCount)
{
    public static TenantListingResponse From(TenantListingSnapshot tenant) =>
        new(tenant.TenantId, tenant.Status, tenant.CreatedAt, tenant.PurgeAfter, tenant.UserCount);
}
