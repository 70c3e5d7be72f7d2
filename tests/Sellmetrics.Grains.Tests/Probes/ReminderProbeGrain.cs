namespace Sellmetrics.Grains.Tests.Probes;

// Counts in memory (no grain keeps Orleans grain state): after a restart the reminder itself reactivates the
// grain, so a count that climbs again proves the reminder outlived the cluster.
public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    private const string ReminderName = "probe";

    private int _ticks;

    public Task StartAsync(TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, period, period);

    public Task<int> GetTicksAsync() => Task.FromResult(_ticks);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _ticks++;
        return Task.CompletedTask;
    }
}
