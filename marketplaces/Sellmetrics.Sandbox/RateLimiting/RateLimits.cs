using System.Collections.Concurrent;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.RateLimiting;

/// <summary>One token bucket per (seller, operation), as Amazon and Walmart meter their APIs.</summary>
internal sealed class RateLimits(SandboxClock clock)
{
    private readonly ConcurrentDictionary<(string Seller, string Operation), ClockedTokenBucket> _buckets = new();

    public ClockedTokenBucket For(string sellerId, RateLimit limit) =>
        _buckets.GetOrAdd((sellerId, limit.Operation), _ => new ClockedTokenBucket(limit, clock));
}
