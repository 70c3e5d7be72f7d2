namespace Sellmetrics.Marketplaces.RateLimiting;

/// <summary>
/// The client-side copy of one marketplace token bucket (one seller, one operation). The rate can change while
/// requests wait (the marketplace announces it in a response header); the tokens in the bucket stay as they are.
/// </summary>
public sealed class OperationBucket : IDisposable
{
    private readonly MarketplaceTokenBucket _bucket;
    private readonly double _localScale;

    /// <param name="rate">The marketplace's usage plan.</param>
    /// <param name="timeScale">How fast the marketplace's clock runs (the sandbox's <c>TimeScale</c>).</param>
    /// <param name="headroom">Share of the rate kept in reserve (0–0.5).</param>
    /// <param name="time">The clock.</param>
    public OperationBucket(OperationRate rate, double timeScale, double headroom = 0, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(rate);
        _localScale = timeScale * (1 - headroom);
        RequestsPerSecond = rate.RequestsPerSecond;
        Burst = rate.Burst;
        _bucket = new MarketplaceTokenBucket((double)rate.RequestsPerSecond * _localScale, rate.Burst, time);
    }

    /// <summary>The marketplace rate the bucket refills at, in requests per marketplace second.</summary>
    public decimal RequestsPerSecond { get; private set; }

    public int Burst { get; }

    public long AvailableTokens => _bucket.GetStatistics()?.CurrentAvailablePermits ?? 0;

    /// <summary>Waits until the bucket holds a token and takes it; dispose the lease when the response has come back.</summary>
    public async ValueTask<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var lease = await _bucket.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException("The marketplace token bucket refused a single permit.");
        }

        return lease;
    }

    /// <summary>Adopts a rate announced by the marketplace, keeping the tokens currently in the bucket.</summary>
    public bool UpdateRate(decimal requestsPerSecond)
    {
        if (requestsPerSecond <= 0 || Math.Abs(requestsPerSecond - RequestsPerSecond) <= RequestsPerSecond * 0.001m)
        {
            return false;
        }

        _bucket.SetRate((double)requestsPerSecond * _localScale);
        RequestsPerSecond = requestsPerSecond;
        return true;
    }

    public void Dispose() => _bucket.Dispose();
}
