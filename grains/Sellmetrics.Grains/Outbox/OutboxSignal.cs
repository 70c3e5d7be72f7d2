namespace Sellmetrics.Grains.Outbox;

/// <summary>Wakes this silo's sender of one outbox when a row was queued here, so it need not wait for its next poll.</summary>
public abstract class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _due = new(0, 1);

    public void Notify()
    {
        if (_due.CurrentCount == 0)
        {
            try
            {
                _due.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another caller woke it first.
            }
        }
    }

    /// <summary>Returns when notified or after <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _due.WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        _due.Dispose();
        GC.SuppressFinalize(this);
    }
}
