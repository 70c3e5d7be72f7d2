using Orleans.Placement;
using Sellmetrics.Grains.Storage;

namespace Sellmetrics.Grains.Tests.Probes;

[RandomPlacement]
public sealed class CounterProbeGrain(
    [PersistentState("counterProbe", GrainStorage.Name)] IPersistentState<CounterProbeState> state,
    ILocalSiloDetails silo) : Grain, ICounterProbeGrain
{
    public async Task<int> AddAsync(int amount)
    {
        state.State.Total += amount;
        await state.WriteStateAsync();
        return state.State.Total;
    }

    public Task<int> GetAsync() => Task.FromResult(state.State.Total);

    public Task<string> GetSiloAsync() => Task.FromResult(silo.SiloAddress.ToString());

    public Task<string> GetSiloOfAsync(string otherKey) => GrainFactory.GetGrain<ICounterProbeGrain>(otherKey).GetSiloAsync();
}
