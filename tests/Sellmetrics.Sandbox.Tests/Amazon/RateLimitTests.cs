using System.Net;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Amazon;

public sealed class RateLimitTests
{
    private const string Orders = "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2026-06-10T00:00:00Z&MaxResultsPerPage=1";

    [Fact]
    public async Task GetOrdersServesItsBurstOfTwentyThenAnswers429QuotaExceeded()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 21; i++)
        {
            last?.Dispose();
            last = await sandbox.SpApiAsync(token, Orders);
            statuses.Add(last.StatusCode);
        }

        using var throttled = last!;
        using var body = JsonDocument.Parse(await throttled.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.All(statuses.Take(20), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[20]);
        Assert.Equal("QuotaExceeded", body.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.False(throttled.Headers.Contains("x-amzn-RateLimit-Limit"), "Amazon never sends the rate header on a 429");
    }

    [Fact]
    public async Task EverySuccessfulCallCarriesTheDocumentedRateHeader()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        using var orders = await sandbox.SpApiAsync(token, Orders);
        using var events = await sandbox.SpApiAsync(token, "/finances/v0/financialEvents?PostedAfter=2026-06-01T00:00:00Z");

        Assert.Equal("0.0167", orders.Headers.GetValues("x-amzn-RateLimit-Limit").Single());
        Assert.Equal("0.5", events.Headers.GetValues("x-amzn-RateLimit-Limit").Single());
        Assert.True(orders.Headers.Contains("x-amzn-RequestId"));
    }

    [Fact]
    public async Task TheBucketRefillsOneTokenPerPeriodOfSandboxTime()
    {
        await using var sandbox = await SandboxApp.StartAsync(timeScale: 60);
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        for (var i = 0; i < 20; i++)
        {
            using var drained = await sandbox.SpApiAsync(token, Orders);
        }

        using var empty = await sandbox.SpApiAsync(token, Orders);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(1.1));
        using var refilled = await sandbox.SpApiAsync(token, Orders);
        using var emptyAgain = await sandbox.SpApiAsync(token, Orders);

        Assert.Equal(HttpStatusCode.TooManyRequests, empty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refilled.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, emptyAgain.StatusCode);
    }

    [Fact]
    public async Task BucketsArePerSellerSoOneSellerNeverSlowsAnother()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var first = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        var second = await sandbox.AmazonTokenAsync(await sandbox.CreateSellerAsync(5));
        for (var i = 0; i < 21; i++)
        {
            using var drained = await sandbox.SpApiAsync(first, Orders);
        }

        using var other = await sandbox.SpApiAsync(second, Orders);

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
