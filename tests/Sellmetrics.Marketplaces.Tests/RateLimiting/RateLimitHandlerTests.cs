using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.RateLimiting;
using Sellmetrics.Marketplaces.Resilience;

namespace Sellmetrics.Marketplaces.Tests.RateLimiting;

public sealed class RateLimitHandlerTests
{
    private static readonly Uri OrdersUri = new("https://sp.example/sandbox/amazon/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER");

    [Fact]
    public async Task TheRateLimitHeaderUpdatesTheBucketKeepingItsTokens()
    {
        var (invoker, buckets, _) = Create(AmazonOperations.GetOrders, timeScale: 1, rateHeaderValue: "0.5");

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, OrdersUri), TestContext.Current.CancellationToken);

        var bucket = buckets.Get("amazon:NA:S1", AmazonOperations.GetOrders);
        Assert.Equal(0.5m, bucket.RequestsPerSecond);
        Assert.Equal(19, bucket.AvailableTokens);
    }

    [Fact]
    public async Task NoRequestGoesOutBeyondTheBucket()
    {
        var operation = Operation(rate: 0.001m, burst: 2);
        var (invoker, _, stub) = Create(operation, timeScale: 1, rateHeaderValue: null);
        var ct = TestContext.Current.CancellationToken;

        (await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, OrdersUri), ct)).Dispose();
        (await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, OrdersUri), ct)).Dispose();
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, OrdersUri), wait.Token));
        Assert.Equal(2, stub.Sent);
    }

    [Fact]
    public async Task TheTimeScaleRefillsTheBucketAsFastAsTheSandboxClock()
    {
        // One token per 100 marketplace seconds; at TimeScale 1000 that is one per 0.1 real seconds.
        var operation = Operation(rate: 0.01m, burst: 1);
        var (invoker, _, stub) = Create(operation, timeScale: 1000, rateHeaderValue: null);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(10));

        for (var i = 0; i < 3; i++)
        {
            (await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, OrdersUri), limit.Token)).Dispose();
        }

        Assert.Equal(3, stub.Sent);
    }

    [Fact]
    public async Task ARequestOfAnotherOperationDoesNotSpendTheBucket()
    {
        var operation = Operation(rate: 0.001m, burst: 1);
        var (invoker, buckets, stub) = Create(operation, timeScale: 1, rateHeaderValue: null);

        using var response = await invoker.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, new Uri("https://sp.example/finances/v0/financialEvents")), TestContext.Current.CancellationToken);

        Assert.Equal(1, stub.Sent);
        Assert.Equal(1, buckets.Get("amazon:NA:S1", operation).AvailableTokens);
    }

    [Fact]
    public void ARateChangeNeverRefillsAnEmptiedBucket()
    {
        using var bucket = new OperationBucket(new OperationRate(0.001m, 10), timeScale: 1);
        for (var i = 0; i < 10; i++)
        {
            Assert.True(bucket.AcquireAsync(CancellationToken.None).IsCompleted);
        }

        Assert.True(bucket.UpdateRate(0.002m));
        Assert.Equal(0, bucket.AvailableTokens);
        Assert.Equal(0.002m, bucket.RequestsPerSecond);
    }

    private static MarketplaceOperation Operation(decimal rate, int burst) =>
        AmazonOperations.GetOrders with { Name = $"test-{Guid.NewGuid():N}", DefaultRate = new OperationRate(rate, burst) };

    private static (HttpMessageInvoker Invoker, OperationBuckets Buckets, StubHandler Stub) Create(
        MarketplaceOperation operation, double timeScale, string? rateHeaderValue)
    {
        var buckets = new OperationBuckets(
            Options.Create(new MarketplaceClockOptions { TimeScale = timeScale }), Options.Create(new MarketplaceResilienceOptions { RateHeadroom = 0 }));
        var stub = new StubHandler(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK);
            if (rateHeaderValue is not null)
            {
                response.Headers.Add(AmazonOperations.RateLimitHeader, rateHeaderValue);
            }

            return response;
        });
        var handler = new RateLimitHandler("amazon:NA:S1", [operation], buckets, AmazonOperations.RateLimitHeader, NullLogger.Instance)
        {
            InnerHandler = stub,
        };
        return (new HttpMessageInvoker(handler), buckets, stub);
    }
}
