using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Grains.Outbox;

/// <summary>How an outbox sender polls and retries; each outbox's options section carries these.</summary>
public abstract class OutboxDeliveryOptions
{
    /// <summary>How often the sender looks for due rows (it is also woken when a row is queued on this silo).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait after a first failed attempt; it doubles with each further one, up to an hour.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts before a row is given up.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>How long one delivery may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
