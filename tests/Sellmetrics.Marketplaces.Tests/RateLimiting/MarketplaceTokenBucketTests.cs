using Sellmetrics.Marketplaces.RateLimiting;

namespace Sellmetrics.Marketplaces.Tests.RateLimiting;

public sealed class MarketplaceTokenBucketTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TheBurstIsAvailableAtOnceThenTokensComeAtTheRate()
    {
        using var bucket = new MarketplaceTokenBucket(requestsPerSecond: 2, burst: 3, _clock);

        Assert.Equal(3, Take(bucket, 10));
        _clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Equal(0, Take(bucket, 10));
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, Take(bucket, 10));
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(3, Take(bucket, 10));
    }

    [Fact]
    public void RequestsStillInFlightLeaveNoRoomToAccrueBecauseTheMarketplaceBucketIsStillFull()
    {
        using var bucket = new MarketplaceTokenBucket(requestsPerSecond: 10, burst: 2, _clock);
        using var first = bucket.AttemptAcquire(1);
        using var second = bucket.AttemptAcquire(1);
        Assert.True(first.IsAcquired && second.IsAcquired);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, Take(bucket, 1));

        first.Dispose();
        Assert.Equal(0, Take(bucket, 1));
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(1, Take(bucket, 5));
    }

    [Fact]
    public void ARateChangeKeepsTheTokensAndAppliesFromNow()
    {
        using var bucket = new MarketplaceTokenBucket(requestsPerSecond: 1, burst: 5, _clock);
        Assert.Equal(5, Take(bucket, 5));

        bucket.SetRate(4);
        _clock.Advance(TimeSpan.FromMilliseconds(500));

        Assert.Equal(2, Take(bucket, 5));
    }

    [Fact]
    public async Task AWaitingAcquireIsGrantedOnceTheTokenHasAccrued()
    {
        using var bucket = new MarketplaceTokenBucket(requestsPerSecond: 20, burst: 1);
        var first = await bucket.AcquireAsync(1, TestContext.Current.CancellationToken);
        Assert.True(first.IsAcquired);
        first.Dispose();

        using var second = await bucket.AcquireAsync(1, TestContext.Current.CancellationToken);

        Assert.True(second.IsAcquired);
    }

    private static int Take(MarketplaceTokenBucket bucket, int attempts)
    {
        var taken = 0;
        for (var i = 0; i < attempts; i++)
        {
            using var lease = bucket.AttemptAcquire(1);
            taken += lease.IsAcquired ? 1 : 0;
        }

        return taken;
    }
}
