namespace Sellmetrics.Grains.Tenants;

/// <summary>How long a TenantGrain keeps an observer subscription that is not renewed.</summary>
public static class TenantObservers
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
}
