using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Resilience;

namespace Sellmetrics.Marketplaces.RateLimiting;

/// <summary>All client-side token buckets of this process: one per marketplace account and operation.</summary>
public sealed class OperationBuckets(IOptions<MarketplaceClockOptions> clock, IOptions<MarketplaceResilienceOptions> resilience) : IDisposable
{
    private readonly ConcurrentDictionary<string, OperationBucket> _buckets = new(StringComparer.Ordinal);

    public OperationBucket Get(string account, MarketplaceOperation operation) =>
        _buckets.GetOrAdd(
            $"{account}|{operation.Name}",
            static (_, state) => new OperationBucket(state.operation.DefaultRate, state.timeScale, state.settings.RateHeadroom),
            (operation, timeScale: clock.Value.TimeScale, settings: resilience.Value));

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }
}
