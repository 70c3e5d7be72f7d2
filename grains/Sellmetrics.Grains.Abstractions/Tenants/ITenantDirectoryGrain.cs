namespace Sellmetrics.Grains.Tenants;

/// <summary>Lists tenants for admins. A stateless worker; call it with key 0.</summary>
[Alias("sellmetrics.tenant-directory")]
public interface ITenantDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Every tenant, oldest first.</summary>
    Task<IReadOnlyList<TenantListingSnapshot>> ListAsync();
}
