namespace Sellmetrics.Grains.Tests.Probes;

/// <summary>A grain that counts reminder ticks durably, to prove reminders on PostgreSQL.</summary>
[Alias("test.reminder-probe")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    /// <summary>Registers the reminder with the given period.</summary>
    Task StartAsync(TimeSpan period);

    /// <summary>Returns how many ticks have been counted and stored.</summary>
    Task<int> GetTicksAsync();
}
