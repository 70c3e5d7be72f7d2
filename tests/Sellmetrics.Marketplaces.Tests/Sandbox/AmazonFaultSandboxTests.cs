using Sellmetrics.Marketplaces.Auth;

namespace Sellmetrics.Marketplaces.Tests.Sandbox;

public sealed class AmazonFaultSandboxTests
{
    private static readonly DateTimeOffset Since = DateTimeOffset.UtcNow.AddDays(-3);

    [Fact]
    public async Task AThrottlingStormIsWaitedOutAndTheCallSucceeds()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 201));
        await sandbox.InjectFaultsAsync(new { throttleNext = 3 });

        var page = await api.GetOrdersPageAsync(Since, null, TestContext.Current.CancellationToken);

        Assert.NotNull(page.Orders);
        Assert.Equal(3, sandbox.Logs.Count(ClientEvents.Throttled));
        Assert.Equal(3, sandbox.Logs.Count(ClientEvents.Retry));
    }

    [Fact]
    public async Task ServerErrorsAreRetriedUntilTheCallSucceeds()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 202));
        await sandbox.InjectFaultsAsync(new { serverErrorNext = 2 });

        var page = await api.GetOrdersPageAsync(Since, null, TestContext.Current.CancellationToken);

        Assert.NotNull(page.Orders);
        Assert.Equal(2, sandbox.Logs.Count(ClientEvents.Retry));
    }

    [Fact]
    public async Task PersistentServerErrorsEndInAMarketplaceErrorWithoutSecrets()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600, s => s["Marketplaces:Resilience:MaxRetryAttempts"] = "2");
        var seller = await sandbox.CreateSellerAsync(seed: 203);
        var api = sandbox.Amazon(seller);
        await sandbox.InjectFaultsAsync(new { serverErrorNext = 10 });

        var error = await Assert.ThrowsAsync<MarketplaceApiException>(() => api.GetOrdersPageAsync(Since, null, TestContext.Current.CancellationToken));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.DoesNotContain(seller.RefreshToken, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(seller.LwaClientSecret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARevokedRefreshTokenSurfacesAsItsOwnOutcomeAndIsNotRetried()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var seller = await sandbox.CreateSellerAsync(seed: 204);
        var api = sandbox.Amazon(seller);
        var ct = TestContext.Current.CancellationToken;
        await api.GetOrdersPageAsync(Since, null, ct);

        await sandbox.RevokeAsync(seller.SellerId);
        var revoked = await Assert.ThrowsAsync<MarketplaceAuthorizationRevokedException>(() => api.GetOrdersPageAsync(Since, null, ct));

        Assert.Equal(seller.SellerId, revoked.SellerId);
        Assert.Equal("invalid_grant", revoked.ErrorCode);
        Assert.Equal(1, sandbox.Logs.Count(ClientEvents.LwaRefused));
        Assert.Equal(0, sandbox.Logs.Count(ClientEvents.Retry));
    }

    [Fact]
    public async Task TheAccessTokenIsRefreshedBeforeItExpires()
    {
        // At TimeScale 3600 an LWA token (3600 s) lives one real second.
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 3600, clock: clock);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 205));
        var ct = TestContext.Current.CancellationToken;

        await api.GetOrdersPageAsync(Since, null, ct);
        clock.Advance(TimeSpan.FromSeconds(1.2));
        await api.GetOrdersPageAsync(Since, null, ct);

        Assert.Equal(2, sandbox.Logs.Count(ClientEvents.LwaRefreshed));
        Assert.Equal(0, sandbox.Logs.Count(ClientEvents.AccessTokenRejected));
    }

    [Fact]
    public async Task NoLogLineCarriesACredential()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var seller = await sandbox.CreateSellerAsync(seed: 206);
        var api = sandbox.Amazon(seller);
        var ct = TestContext.Current.CancellationToken;
        await sandbox.InjectFaultsAsync(new { throttleNext = 1, serverErrorNext = 1 });
        await api.GetOrdersPageAsync(Since, null, ct);
        await sandbox.RevokeAsync(seller.SellerId);
        await Assert.ThrowsAsync<MarketplaceAuthorizationRevokedException>(() => api.GetOrdersPageAsync(Since, null, ct));

        Assert.NotEmpty(sandbox.Logs.Entries);
        foreach (var secret in new[] { seller.RefreshToken, seller.LwaClientSecret, seller.LwaClientId, "Atza|" })
        {
            Assert.DoesNotContain(sandbox.Logs.Entries, e => e.Message.Contains(secret, StringComparison.Ordinal));
        }
    }
}
