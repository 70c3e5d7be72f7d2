namespace Sellmetrics.Testing;

/// <summary>How tests wait: on a condition, polled until it holds, never on a fixed sleep.</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> until it holds; past <paramref name="timeout"/> fails with <paramref name="failure"/>.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string failure, CancellationToken cancellationToken = default)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow >= deadline)
            {
                throw new TimeoutException(failure);
            }

            await Task.Delay(100, cancellationToken);
        }
    }
}
