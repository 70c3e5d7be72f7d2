namespace Sellmetrics.Data.Tenants;

/// <summary>
/// The PostgreSQL schema and role that hold one tenant's business data. Both names are derived
/// on the server from the tenant id, never taken from a request.
/// </summary>
public sealed record TenantSchema(Guid TenantId)
{
    public string SchemaName => $"tenant_{TenantId:N}";

    public string RoleName => $"tenant_{TenantId:N}";
}
