namespace Sellmetrics.Grains.Tests.Probes;

/// <summary>A grain that counts the reminder ticks of its activation, to prove reminders on PostgreSQL.</summary>
[Alias("test.reminder-probe")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    /// <summary>Registers the reminder with the given period.</summary>
    Task StartAsync(TimeSpan period);

    /// <summary>Returns how many ticks this activation has counted.</summary>
    Task<int> GetTicksAsync();
}
