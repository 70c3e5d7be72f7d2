using Sellmetrics.Marketplaces.Auth;

namespace Sellmetrics.Marketplaces.Tests.Auth;

public sealed class AccessTokenCacheTests
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task ATokenIsReusedUntilShortlyBeforeItExpiresThenRefreshed()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var cache = new AccessTokenCache(clock);
        var issued = 0;
        Task<AccessToken> Fetch(CancellationToken _) =>
            Task.FromResult(new AccessToken($"token-{++issued}", clock.GetUtcNow() + TimeSpan.FromHours(1)));
        var ct = TestContext.Current.CancellationToken;

        var first = await cache.GetAsync("seller", Margin, Fetch, ct);
        clock.Advance(TimeSpan.FromMinutes(57));
        var stillFirst = await cache.GetAsync("seller", Margin, Fetch, ct);
        clock.Advance(TimeSpan.FromMinutes(2));
        var second = await cache.GetAsync("seller", Margin, Fetch, ct);

        Assert.Equal("token-1", first.Value);
        Assert.Equal("token-1", stillFirst.Value);
        Assert.Equal("token-2", second.Value);
    }

    [Fact]
    public async Task ConcurrentCallersShareOneRefresh()
    {
        var cache = new AccessTokenCache(TimeProvider.System);
        var issued = 0;
        // The refresh stays in flight until every caller has asked.
        var refreshed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<AccessToken> Fetch(CancellationToken ct)
        {
            Interlocked.Increment(ref issued);
            await refreshed.Task.WaitAsync(ct);
            return new AccessToken("token", DateTimeOffset.UtcNow.AddHours(1));
        }

        var callers = Enumerable.Range(0, 20).Select(_ => cache.GetAsync("seller", Margin, Fetch, TestContext.Current.CancellationToken).AsTask()).ToList();
        refreshed.SetResult();
        await Task.WhenAll(callers);

        Assert.Equal(1, issued);
    }

    [Fact]
    public async Task AnInvalidatedTokenIsFetchedAgain()
    {
        var cache = new AccessTokenCache(TimeProvider.System);
        var issued = 0;
        Task<AccessToken> Fetch(CancellationToken _) => Task.FromResult(new AccessToken($"token-{++issued}", DateTimeOffset.UtcNow.AddHours(1)));
        var ct = TestContext.Current.CancellationToken;

        var first = await cache.GetAsync("seller", Margin, Fetch, ct);
        cache.Invalidate("seller", first);

        Assert.Equal("token-2", (await cache.GetAsync("seller", Margin, Fetch, ct)).Value);
    }
}
