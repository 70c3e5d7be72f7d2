using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Sellmetrics.Marketplaces;

/// <summary>
/// Counts every marketplace request a seller's pipeline sends, per statistics key (the sync engine uses one per connection,
/// so a connection's status never counts another's calls), for the sync status; and publishes them as
/// the <c>sellmetrics.marketplace.requests</c> counter (tags: marketplace, status class; never a seller or a secret).
/// </summary>
public sealed class MarketplaceCallStatistics : IDisposable
{
    public const string MeterName = "Sellmetrics.Marketplaces";
    private readonly ConcurrentDictionary<string, long[]> _accounts = new(StringComparer.Ordinal);
    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _requests;

    public MarketplaceCallStatistics() => _requests = _meter.CreateCounter<long>("sellmetrics.marketplace.requests", description: "Marketplace API requests sent");

    /// <summary>All requests counted so far, over every account.</summary>
    public long Total => _accounts.Values.Sum(c => Interlocked.Read(ref c[0]));

    public CallCounts Snapshot(string account) =>
        _accounts.TryGetValue(account, out var c) ? new(Interlocked.Read(ref c[0]), Interlocked.Read(ref c[1]), Interlocked.Read(ref c[2])) : default;

    internal void Record(string account, string marketplace, int status)
    {
        var counters = _accounts.GetOrAdd(account, _ => new long[3]);
        Interlocked.Increment(ref counters[0]);
        if (status == 429)
        {
            Interlocked.Increment(ref counters[1]);
        }
        else if (status >= 500)
        {
            Interlocked.Increment(ref counters[2]);
        }

        _requests.Add(1, new("marketplace", marketplace), new("status", status == 0 ? "failed" : $"{status / 100}xx"));
    }

    public void Dispose() => _meter.Dispose();
}
