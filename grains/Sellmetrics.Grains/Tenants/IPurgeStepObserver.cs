namespace Sellmetrics.Grains.Tenants;

/// <summary>Told after each step of a tenant purge; the product's says nothing, tests stop a silo between steps with it.</summary>
public interface IPurgeStepObserver
{
    /// <summary>Called by the tenant grain once <paramref name="step"/> is done for <paramref name="tenantId"/>.</summary>
    Task StepDoneAsync(Guid tenantId, PurgeStep step);
}
