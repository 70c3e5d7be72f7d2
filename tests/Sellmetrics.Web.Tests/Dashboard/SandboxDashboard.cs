using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Profit.Days;
using Sellmetrics.Testing;
using Sellmetrics.Web.Dashboard;
using Sellmetrics.Web.Tests.Browser;
using Sellmetrics.Web.Tests.Infrastructure;
using Sellmetrics.Web.Tests.Sync;

namespace Sellmetrics.Web.Tests.Dashboard;

/// <summary>
/// The app with its sandbox, and one seller who signed up and connected a sandbox seller through the pages in Chromium
/// and whose import has completed; the browser tests of the live dashboard share it.
/// </summary>
public sealed class SandboxDashboard(TestPostgres postgres, Chromium chromium) : IAsyncLifetime
{
    private const long SandboxSeed = 6006;

    private SellmetricsApp? _app;
    private SellerBrowser? _seller;
    private string? _sandboxSellerId;

    public SellmetricsApp App => _app ?? throw new InvalidOperationException("Not started.");

    public SellerBrowser Seller => _seller ?? throw new InvalidOperationException("Not started.");

    public IBrowser Browser => chromium.Browser;

    public async ValueTask InitializeAsync()
    {
        _app = await SyncApp.StartAsync(postgres, historyDays: 40);
        var credentials = await SyncApp.CreateSandboxSellerAsync(_app, SandboxSeed);
        _sandboxSellerId = credentials.GetProperty("sellerId").GetString();

        _seller = await SellerBrowser.SignUpAsync(chromium.Browser, _app, "Live");
        await _seller.ConnectAmazonAsync(credentials);
        await Screenshots.SaveAsync(_seller.Page, "connections-importing");
        await _seller.WaitForImportAsync(TimeSpan.FromMinutes(3));
        await _seller.Page.ReloadAsync();
        await Screenshots.SaveAsync(_seller.Page, "connections");
    }

    /// <summary>
    /// Has the sandbox take a new order; placed just under two minutes ago (getOrders lists an order two minutes after its
    /// last change, as SP-API does), so the next orders pull, every few seconds here, brings it in.
    /// </summary>
    public async Task<string> CreateOrderAsync(int quantity = 1)
    {
        CatchUpBusinessTime();
        var order = await SyncApp.ControlAsync(App, $"sellers/{_sandboxSellerId}/orders", new { quantity, placedSecondsAgo = 119 });
        return order.GetProperty("amazonOrderId").GetString()!;
    }

    /// <summary>
    /// Moves the app's business clock (which stands still unless moved) up to now, so what Sellmetrics learns next is
    /// stamped later than what it learned before, as in production; the live feed shows the latest learned first.
    /// </summary>
    public void CatchUpBusinessTime() => App.BusinessTime.SetUtcNow(DateTimeOffset.UtcNow);

    /// <summary>Ends every dashboard connection of the seller's tenant on the server, as a restarting silo would.</summary>
    public int DropConnections() => App.Services.GetRequiredService<DashboardConnections>().Drop(Seller.TenantId);

    /// <summary>How many orders the server counts for the seller over the whole imported span (straight from the grain).</summary>
    public async Task<int> ServerOrdersAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var summary = await App.Services.GetRequiredService<IGrainFactory>().GetTenant<ITenantProfit>(Seller.TenantId)
            .GetProfitSummaryAsync(new DateRange(today.AddDays(-60), today.AddDays(1)), marketplace: null);
        return summary.Totals.Sum(t => t.Orders);
    }

    public async ValueTask DisposeAsync()
    {
        if (_seller is not null)
        {
            await _seller.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
