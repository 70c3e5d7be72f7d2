namespace Sellmetrics.Grains.Tenants;

/// <summary>The tenant's life as an account: provisioning, the admin view, deletion and purge, sessions and the data export. One role of the tenant grain (key: tenant id, 32 hex digits).</summary>
[Alias("sellmetrics.tenant.lifecycle")]
public interface ITenantLifecycle : ITenantRole
{
    /// <summary>Creates or migrates the tenant's schema and role; called at sign-up.</summary>
    Task ProvisionAsync();

    /// <summary>Status, users, activation and storage facts for the admin view; null when there is no such tenant.</summary>
    Task<TenantSummary?> GetSummaryAsync();

    /// <summary>Marks the tenant for deletion; a reminder purges it once the grace period has passed.</summary>
    Task<DateTimeOffset?> ScheduleDeletionAsync(string requestedBy);

    /// <summary>Ends every session of the tenant's users (audited as done by <paramref name="endedBy"/>); returns how many. Called by admins.</summary>
    Task<int> EndSessionsAsync(string endedBy);

    /// <summary>Every table of the tenant's data as CSV, file by file (audited as an export by <paramref name="actor"/>).</summary>
    IAsyncEnumerable<ExportPart> ExportAsync(string actor, CancellationToken cancellationToken = default);

    /// <summary>Deletes everything of the tenant now, keeping one audit record; false when there is no such tenant.</summary>
    Task<bool> PurgeAsync(string purgedBy, string reason);
}
