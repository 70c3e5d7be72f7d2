using System.Threading.RateLimiting;

namespace Sellmetrics.Marketplaces.RateLimiting;

/// <summary>
/// A <see cref="ReplenishingRateLimiter"/> that mirrors a marketplace's token bucket from the client side and never
/// runs ahead of it. Tokens accrue continuously up to the burst; a lease stays "in flight" until it is disposed (the
/// response has come back), and in-flight leases count against the burst, because the marketplace's bucket sits at
/// its cap (and stops accruing) until the request actually arrives there.
/// </summary>
public sealed partial class MarketplaceTokenBucket : ReplenishingRateLimiter
{
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan MaximumPoll = TimeSpan.FromMilliseconds(20);

    private readonly Lock _lock = new();
    private readonly int _burst;
    private readonly TimeProvider _time;
    private double _tokens;
    private int _inFlight;
    private long _lastRefill;
    private long _idleSince;
    private long _queued;
    private TimeSpan _period;

    /// <param name="requestsPerSecond">Tokens per real second (the marketplace rate times its time scale).</param>
    /// <param name="burst">The bucket size.</param>
    /// <param name="time">The clock (tests move it by hand).</param>
    public MarketplaceTokenBucket(double requestsPerSecond, int burst, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        _burst = burst;
        _time = time ?? TimeProvider.System;
        _period = TimeSpan.FromSeconds(1 / requestsPerSecond);
        _tokens = burst;
        _lastRefill = _idleSince = _time.GetTimestamp();
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                return _queued == 0 && _inFlight == 0 && _tokens >= _burst ? _time.GetElapsedTime(_idleSince) : null;
            }
        }
    }

    public override bool IsAutoReplenishing => true;

    public override TimeSpan ReplenishmentPeriod
    {
        get
        {
            lock (_lock)
            {
                return _period;
            }
        }
    }

    /// <summary>Changes the rate (tokens per real second); the tokens in the bucket stay as they are.</summary>
    public void SetRate(double requestsPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerSecond);
        lock (_lock)
        {
            Refill(_time.GetTimestamp());
            _period = TimeSpan.FromSeconds(1 / requestsPerSecond);
        }
    }

    public override bool TryReplenish() => false;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Refill(_time.GetTimestamp());
            return new RateLimiterStatistics { CurrentAvailablePermits = (long)_tokens, CurrentQueuedCount = _queued };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
        {
            return TryTake(permitCount, out _) ? new Lease(this, permitCount) : Lease.Rejected;
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _burst);
        Interlocked.Increment(ref _queued);
        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (_lock)
                {
                    if (TryTake(permitCount, out wait))
                    {
                        return new Lease(this, permitCount);
                    }
                }

                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _queued);
        }
    }

    private void Release(int permitCount)
    {
        lock (_lock)
        {
            Refill(_time.GetTimestamp());
            _inFlight -= permitCount;
        }
    }

    private bool TryTake(int permitCount, out TimeSpan wait)
    {
        Refill(_time.GetTimestamp());
        if (_tokens >= permitCount)
        {
            _tokens -= permitCount;
            _inFlight += permitCount;
            wait = TimeSpan.Zero;
            return true;
        }

        // While too many leases are in flight the bucket cannot accrue: poll until one comes back.
        wait = _burst - _inFlight < permitCount
            ? TimeSpan.FromTicks(Math.Clamp(_period.Ticks, MinimumWait.Ticks, MaximumPoll.Ticks))
            : ((permitCount - _tokens) * _period) + MinimumWait;
        return false;
    }

    private void Refill(long now)
    {
        var elapsed = TimeSpan.FromSeconds((now - _lastRefill) / (double)_time.TimestampFrequency);
        _lastRefill = now;
        var cap = _burst - _inFlight;
        if (elapsed <= TimeSpan.Zero || _tokens >= cap)
        {
            return;
        }

        _tokens = Math.Min(cap, _tokens + (elapsed / _period));
        if (_tokens >= _burst)
        {
            _idleSince = now;
        }
    }
}
