using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.RateLimiting;

/// <summary>
/// A token bucket refilled continuously from the sandbox clock. System.Threading.RateLimiting's
/// TokenBucketRateLimiter refills from Stopwatch (real time), so it could follow neither a registered
/// <see cref="TimeProvider"/> nor a test's clock; this keeps its semantics (rate, burst, no queue) on sandbox time.
/// </summary>
internal sealed class ClockedTokenBucket(RateLimit limit, SandboxClock clock)
{
    private readonly TimeSpan _period = clock.Scaled(TimeSpan.FromSeconds(1 / limit.Rate));
    private readonly Lock _lock = new();
    private double _tokens = limit.Burst;
    private DateTimeOffset _lastRefill = clock.UtcNow;

    /// <summary>Takes one token if there is one; also tells how many whole tokens are left and when the next one comes.</summary>
    public bool TryTake(out long remaining, out DateTimeOffset nextToken)
    {
        lock (_lock)
        {
            var now = clock.UtcNow;
            if (now > _lastRefill)
            {
                _tokens = Math.Min(limit.Burst, _tokens + ((now - _lastRefill) / _period));
                _lastRefill = now;
            }

            var taken = _tokens >= 1;
            if (taken)
            {
                _tokens -= 1;
            }

            remaining = (long)_tokens;
            nextToken = now + (_period * (1 - (_tokens % 1)));
            return taken;
        }
    }
}
