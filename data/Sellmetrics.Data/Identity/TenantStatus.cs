namespace Sellmetrics.Data.Identity;

/// <summary>A tenant's lifecycle: active, then (after the seller asks) pending deletion, then purged (row gone).</summary>
public enum TenantStatus
{
    Active,
    PendingDeletion,
    Purging,
}
