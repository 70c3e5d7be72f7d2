using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Sellmetrics.Marketplaces.RateLimiting;
using Sellmetrics.Marketplaces.Resilience;

namespace Sellmetrics.Marketplaces.Tests.Resilience;

public sealed class MarketplacePipelinesTests
{
    private static readonly Uri Anywhere = new("https://sp.example/orders/v0/orders");

    [Fact]
    public async Task RepeatedServerFaultsOpenTheCircuitAndLaterCallsFailFast()
    {
        var stub = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        using var invoker = Invoker(stub);
        var ct = TestContext.Current.CancellationToken;

        // Two calls, each tried twice: four server faults reach the breaker's minimum throughput.
        (await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Anywhere), ct)).Dispose();
        (await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Anywhere), ct)).Dispose();

        var sent = stub.Sent;
        Assert.Equal(4, sent);
        await Assert.ThrowsAsync<BrokenCircuitException>(() => invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Anywhere), ct));
        Assert.Equal(sent, stub.Sent);
    }

    [Fact]
    public async Task ThrottlingNeverOpensTheCircuit()
    {
        var stub = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.TooManyRequests));
        using var invoker = Invoker(stub);
        var ct = TestContext.Current.CancellationToken;

        for (var i = 0; i < 6; i++)
        {
            using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Anywhere), ct);
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        }

        Assert.Equal(6 * 2, stub.Sent);
    }

    [Fact]
    public async Task AClientErrorIsNotRetried()
    {
        var stub = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.BadRequest));
        using var invoker = Invoker(stub);

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Anywhere), TestContext.Current.CancellationToken);

        Assert.Equal(1, stub.Sent);
    }

    private static HttpMessageInvoker Invoker(StubHandler stub)
    {
        var pipelines = new MarketplacePipelines(
            Options.Create(new MarketplaceResilienceOptions
            {
                MaxRetryAttempts = 1,
                RetryBaseDelay = TimeSpan.FromMilliseconds(1),
                BreakerMinimumThroughput = 4,
                BreakerFailureRatio = 0.5,
                BreakerBreakDuration = TimeSpan.FromMinutes(1),
            }),
            Options.Create(new MarketplaceClockOptions()),
            NullLogger<MarketplacePipelines>.Instance);
        return new HttpMessageInvoker(new ResilienceHandler(pipelines.Get($"test:{Guid.NewGuid():N}")) { InnerHandler = stub });
    }
}
