using System.Collections.Concurrent;

namespace Sellmetrics.Marketplaces.Auth;

/// <summary>
/// Caches one access token per key (a seller) until shortly before it expires; concurrent callers for
/// the same key share one refresh.
/// </summary>
public sealed class AccessTokenCache(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async ValueTask<AccessToken> GetAsync(
        string key, TimeSpan refreshMargin, Func<CancellationToken, Task<AccessToken>> fetch, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(key, static _ => new Entry());
        var current = Volatile.Read(ref entry.Token);
        if (IsFresh(current, refreshMargin))
        {
            return current!;
        }

        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsFresh(entry.Token, refreshMargin))
            {
                return entry.Token!;
            }

            entry.Token = await fetch(cancellationToken).ConfigureAwait(false);
            return entry.Token;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>Forgets the token for a key if it is still the given one (the marketplace said it is no longer valid).</summary>
    public void Invalidate(string key, AccessToken token)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            Interlocked.CompareExchange(ref entry.Token, null, token);
        }
    }

    private bool IsFresh(AccessToken? token, TimeSpan refreshMargin) =>
        token is not null && token.ExpiresAt - refreshMargin > timeProvider.GetUtcNow();

    private sealed class Entry
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public AccessToken? Token;
    }
}
