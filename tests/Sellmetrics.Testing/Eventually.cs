namespace Sellmetrics.Testing;

/// <summary>How tests wait: on a condition, polled until it holds, never on a fixed sleep.</summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Polls <paramref name="condition"/> until it holds; past <paramref name="timeout"/> fails with <paramref name="failure"/>.</summary>
    public static Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string failure, CancellationToken cancellationToken = default) =>
        ReturnsAsync(condition, holds => holds, timeout, _ => failure, cancellationToken);

    /// <summary>
    /// Reads <paramref name="probe"/> until <paramref name="accepted"/> holds for what it read, and returns that; past
    /// <paramref name="timeout"/> fails with the message <paramref name="failure"/> makes of the last reading.
    /// </summary>
    public static async Task<T> ReturnsAsync<T>(
        Func<Task<T>> probe, Func<T, bool> accepted, TimeSpan timeout, Func<T, string> failure, CancellationToken cancellationToken = default)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var reading = await probe();
            if (accepted(reading))
            {
                return reading;
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                throw new TimeoutException(failure(reading));
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }
}
