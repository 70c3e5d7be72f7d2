namespace Sellmetrics.Data.Tenants;

/// <summary>
/// A tenant id as written in its grains' keys and reminder ids (32 hex digits, as the grains'
/// <c>GrainKeys</c> write it); a purge finds the tenant's shared Orleans rows by it.
/// </summary>
public static class TenantKey
{
    public static string Format(Guid tenantId) => tenantId.ToString("N");
}
