namespace Sellmetrics.Grains.Tenants;

/// <summary>One role of the tenant grain: each caller asks for the role it needs (<see cref="GrainKeys.GetTenant{TRole}"/>), one activation serves them all.</summary>
public interface ITenantRole : IGrainWithStringKey;
