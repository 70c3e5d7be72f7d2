using Sellmetrics.Grains.Connections;

namespace Sellmetrics.Grains.Tenants;

/// <summary>The tenant's settings: its reporting time zone and its marketplace connections. One role of the tenant grain (key: tenant id, 32 hex digits).</summary>
[Alias("sellmetrics.tenant.settings")]
public interface ITenantSettings : ITenantRole
{
    /// <summary>The tenant's reporting time zone (IANA id); it decides which day an amount belongs to.</summary>
    Task<string> GetTimeZoneAsync();

    /// <summary>Changes the reporting time zone and rebuilds every product's days; false when the id is unknown.</summary>
    Task<bool> SetTimeZoneAsync(string ianaId, string actor);

    /// <summary>The tenant's marketplace connections with their sync status.</summary>
    Task<IReadOnlyList<ConnectionSnapshot>> ListConnectionsAsync();
}
