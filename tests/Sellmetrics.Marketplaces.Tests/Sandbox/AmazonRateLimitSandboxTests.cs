namespace Sellmetrics.Marketplaces.Tests.Sandbox;

public sealed class AmazonRateLimitSandboxTests
{
    [Fact]
    public async Task ABurstOfCallsBeyondTheBucketWaitsForTokensInsteadOfBeingThrottled()
    {
        // getListingsItem: 5 requests/s, burst 10; at TimeScale 10 that is 50 per real second.
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 10);
        var seller = await sandbox.CreateSellerAsync(seed: 601);
        var api = sandbox.Amazon(seller);
        var ct = TestContext.Current.CancellationToken;
        var sku = (await api.GetInventorySummariesAsync(null, ct).FirstAsync(ct)).SellerSku!;

        var listings = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => api.GetListingsItemAsync(sku, ct)));

        Assert.All(listings, l => Assert.Equal(sku, l?.Sku));
        Assert.Equal(0, sandbox.Logs.Count(ClientEvents.Throttled));
    }

    [Fact]
    public async Task TheRateTheSandboxAnnouncesIsAdoptedWithoutChangingTheDocumentedOne()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 602));

        await api.GetOrdersPageAsync(DateTimeOffset.UtcNow.AddDays(-2), null, TestContext.Current.CancellationToken);

        // The sandbox announces the documented getOrders rate, so the client's bucket keeps it.
        Assert.Equal(0, sandbox.Logs.Count(ClientEvents.RateChanged));
    }

    [Fact]
    public async Task AMalformedBodyIsAskedForAgain()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 603));
        await sandbox.InjectFaultsAsync(new { malformedNext = 1 });

        var page = await api.GetOrdersPageAsync(DateTimeOffset.UtcNow.AddDays(-2), null, TestContext.Current.CancellationToken);

        Assert.NotNull(page.Orders);
        Assert.NotEmpty(page.Orders);
    }
}
