namespace Sellmetrics.Data.Tenants;

/// <summary>Appends to a tenant's <c>audit_log</c>: who did what, when (no secrets, no personal data beyond the actor's key).</summary>
public sealed class AuditLog(TenantDatabase tenantDatabase)
{
    public async Task WriteAsync(Guid tenantId, string actor, string action, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var session = await tenantDatabase.OpenAsync(tenantId, cancellationToken);
        await AuditEntry.WriteAsync(session, actor, action, at, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }
}
