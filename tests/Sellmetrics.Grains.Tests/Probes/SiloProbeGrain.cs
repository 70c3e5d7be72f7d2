using Orleans.Placement;

namespace Sellmetrics.Grains.Tests.Probes;

[RandomPlacement]
public sealed class SiloProbeGrain(ILocalSiloDetails silo) : Grain, ISiloProbeGrain
{
    public Task<string> GetSiloAsync() => Task.FromResult(silo.SiloAddress.ToString());

    public Task<string> GetSiloOfAsync(string otherKey) => GrainFactory.GetGrain<ISiloProbeGrain>(otherKey).GetSiloAsync();
}
