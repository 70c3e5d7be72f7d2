using Sellmetrics.Grains.Storage;

namespace Sellmetrics.Grains.Tests.Probes;

public sealed class ReminderProbeGrain(
    [PersistentState("reminderProbe", GrainStorage.Name)] IPersistentState<CounterProbeState> ticks) : Grain, IReminderProbeGrain, IRemindable
{
    private const string ReminderName = "probe";

    public Task StartAsync(TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, period, period);

    public Task<int> GetTicksAsync() => Task.FromResult(ticks.State.Total);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ticks.State.Total++;
        await ticks.WriteStateAsync();
    }
}
