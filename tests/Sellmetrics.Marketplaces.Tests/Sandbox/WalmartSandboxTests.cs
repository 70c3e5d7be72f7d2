using Sellmetrics.Marketplaces.Auth;

namespace Sellmetrics.Marketplaces.Tests.Sandbox;

public sealed class WalmartSandboxTests
{
    [Fact]
    public async Task OrdersAreReadAcrossAllCursorPagesExactlyOnceForBothFulfillmentNetworks()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600, s => s["Walmart:PageSize"] = "25");
        var api = sandbox.Walmart(await sandbox.CreateSellerAsync(seed: 901));
        var since = DateTimeOffset.UtcNow.AddDays(-30);
        var ct = TestContext.Current.CancellationToken;

        var seller = await api.GetOrdersAsync(since, null, null, ct).ToListAsync(ct);
        var wfs = await api.GetOrdersAsync(since, null, "WFSFulfilled", ct).ToListAsync(ct);

        Assert.True(seller.Count > 25, $"expected several pages, got {seller.Count} orders");
        Assert.Equal(seller.Count, seller.Select(o => o.PurchaseOrderId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(seller, o => Assert.True(o.OrderDate >= since.AddSeconds(-1)));
        Assert.NotEmpty(wfs);
        Assert.All(wfs, o => Assert.Equal("WFSFulfilled", o.ShipNode?.Type));
        var line = seller.SelectMany(o => o.OrderLines!.OrderLine!).First();
        Assert.Contains(line.Charges!.Charge!, c => c.ChargeType == "PRODUCT" && c.ChargeAmount!.Amount > 0m);
        Assert.Equal(1m, line.OrderLineQuantity!.Amount);
    }

    [Fact]
    public async Task ReturnsAreReadAcrossAllCursorPages()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600, s => s["Walmart:PageSize"] = "5");
        var api = sandbox.Walmart(await sandbox.CreateSellerAsync(seed: 902));
        var ct = TestContext.Current.CancellationToken;

        var returns = await api.GetReturnsAsync(DateTimeOffset.UtcNow.AddDays(-90), null, ct).ToListAsync(ct);

        Assert.True(returns.Count > 5, $"expected several pages, got {returns.Count} returns");
        Assert.Equal(returns.Count, returns.Select(r => r.ReturnOrderId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(returns, r => Assert.True(r.TotalRefundAmount!.CurrencyAmount > 0m));
        Assert.All(returns, r => Assert.NotEmpty(r.ReturnOrderLines!));
    }

    [Fact]
    public async Task ItemsSellerStockAndWfsStockAreRead()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var api = sandbox.Walmart(await sandbox.CreateSellerAsync(seed: 903));
        var ct = TestContext.Current.CancellationToken;

        var items = await api.GetItemsAsync(ct).ToListAsync(ct);
        var wfs = await api.GetWfsInventoryAsync(null, ct).ToListAsync(ct);
        var stock = await api.GetInventoryAsync(items[0].Sku, ct);

        Assert.NotEmpty(items);
        Assert.Equal(items.Count, items.Select(i => i.Sku).Distinct(StringComparer.Ordinal).Count());
        Assert.All(items, i => Assert.True(i.Price!.Amount > 0m));
        Assert.NotEmpty(wfs);
        Assert.All(wfs, w => Assert.Contains(w.ShipNodes!, n => n.ShipNodeType == "WFSFulfilled"));
        Assert.NotNull(stock);
        Assert.Equal(items[0].Sku, stock.Sku);
        Assert.Null(await api.GetInventoryAsync("NO-SUCH-SKU", ct));
    }

    [Fact]
    public async Task ReconciliationReportsAreListedDownloadedAsZipAndParsed()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var api = sandbox.Walmart(await sandbox.CreateSellerAsync(seed: 904));
        var ct = TestContext.Current.CancellationToken;

        var dates = await api.GetAvailableReconReportDatesAsync(ct);
        var lines = await api.GetReconReportAsync(dates[^1], ct);

        Assert.NotEmpty(dates);
        Assert.Equal(dates.Order(), dates);
        Assert.Contains(lines, l => l.TransactionType == "PaymentSummary" && l.TotalPayable is not null);
        Assert.Contains(lines, l => l.TransactionType == "Sale" && l.Amount > 0m);
        Assert.Contains(lines, l => l.Amount < 0m && l.AmountType is not null && l.AmountType.Contains("Commission", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TheAccessTokenIsRenewedBeforeItExpires()
    {
        // At TimeScale 900 a Walmart token (900 s) lives one real second.
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 900, clock: clock);
        var api = sandbox.Walmart(await sandbox.CreateSellerAsync(seed: 905));
        var ct = TestContext.Current.CancellationToken;

        await api.GetAvailableReconReportDatesAsync(ct);
        clock.Advance(TimeSpan.FromSeconds(1.2));
        await api.GetAvailableReconReportDatesAsync(ct);

        Assert.Equal(2, sandbox.Logs.Count(ClientEvents.WalmartTokenIssued));
        Assert.Equal(0, sandbox.Logs.Count(ClientEvents.WalmartTokenRejected));
    }

    [Fact]
    public async Task ThrottlingAndServerErrorsAreRetriedUntilTheCallSucceeds()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var api = sandbox.Walmart(await sandbox.CreateSellerAsync(seed: 906));
        await sandbox.InjectFaultsAsync(new { throttleNext = 1, serverErrorNext = 2 });

        var dates = await api.GetAvailableReconReportDatesAsync(TestContext.Current.CancellationToken);

        Assert.NotEmpty(dates);
        Assert.Equal(3, sandbox.Logs.Count(ClientEvents.Retry));
    }

    [Fact]
    public async Task RejectedCredentialsSurfaceAsTheRevokedOutcomeWithoutRetries()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var real = await sandbox.CreateSellerAsync(seed: 907);
        var api = sandbox.Walmart(real with { WalmartClientSecret = "not-the-secret" });

        var revoked = await Assert.ThrowsAsync<MarketplaceAuthorizationRevokedException>(
            () => api.GetAvailableReconReportDatesAsync(TestContext.Current.CancellationToken));

        Assert.Equal("Walmart", revoked.Marketplace);
        Assert.Equal(1, sandbox.Logs.Count(ClientEvents.WalmartTokenRefused));
        Assert.DoesNotContain(sandbox.Logs.Entries, e => e.Message.Contains(real.WalmartClientSecret, StringComparison.Ordinal) || e.Message.Contains(real.WalmartClientId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASellerWhoseAccessWasRevokedSurfacesAsTheRevokedOutcome()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var seller = await sandbox.CreateSellerAsync(seed: 908);
        var api = sandbox.Walmart(seller);
        var ct = TestContext.Current.CancellationToken;
        await api.GetAvailableReconReportDatesAsync(ct);

        await sandbox.RevokeAsync(seller.SellerId);
        var revoked = await Assert.ThrowsAsync<MarketplaceAuthorizationRevokedException>(() => api.GetAvailableReconReportDatesAsync(ct));

        Assert.Equal("Walmart", revoked.Marketplace);
        Assert.Equal(1, sandbox.Logs.Count(ClientEvents.WalmartTokenRejected));
        Assert.Equal(0, sandbox.Logs.Count(ClientEvents.Retry));
    }
}
