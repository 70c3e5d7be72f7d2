namespace Sellmetrics.Grains.Tenants;

/// <summary>One seller business (key: tenant id, 32 hex digits): lifecycle, provisioning and purge.</summary>
[Alias("sellmetrics.tenant")]
public interface ITenantGrain : IGrainWithStringKey
{
    /// <summary>Creates or migrates the tenant's schema and role; called at sign-up.</summary>
    Task ProvisionAsync();

    /// <summary>Status, users, activation and storage facts for the admin view; null when there is no such tenant.</summary>
    Task<TenantSummary?> GetSummaryAsync();

    /// <summary>Marks the tenant for deletion; a reminder purges it once the grace period has passed.</summary>
    Task<DateTimeOffset?> ScheduleDeletionAsync(string requestedBy);

    /// <summary>Deletes everything of the tenant now, keeping one audit record; false when there is no such tenant.</summary>
    Task<bool> PurgeAsync(string purgedBy, string reason);
}
