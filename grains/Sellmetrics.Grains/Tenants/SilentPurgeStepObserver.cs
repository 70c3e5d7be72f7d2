namespace Sellmetrics.Grains.Tenants;

/// <summary>The product's purge step observer: nothing to tell.</summary>
public sealed class SilentPurgeStepObserver : IPurgeStepObserver
{
    public Task StepDoneAsync(Guid tenantId, PurgeStep step) => Task.CompletedTask;
}
