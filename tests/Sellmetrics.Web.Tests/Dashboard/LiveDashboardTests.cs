using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Browser;

namespace Sellmetrics.Web.Tests.Dashboard;

/// <summary>The live dashboard in a real Chromium: it fills from the import and then moves by itself, per tenant only.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveDashboardTests(SandboxDashboard dashboard) : IClassFixture<SandboxDashboard>
{
    private const string Range = "range";
    private const string Connected = "body[data-live=connected]:not([data-snapshots='0'])";

    [Fact]
    public async Task TheDashboardShowsTheImportAndANewOrderReachesTilesChartAndFeedWithoutAReload()
    {
        var page = await OpenDashboardAsync(dashboard.Seller.Page);
        await Screenshots.SaveAsync(page, "dashboard");
        Assert.True(await SellerBrowser.TileAsync(page, Range, "revenue") > 0);
        Assert.True(await ChartAsync(page, "data-points") > 0);
        Assert.True(await page.Locator("table#products-table tbody tr[data-sku]").CountAsync() > 0);

        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        var ordersBefore = await SellerBrowser.TileAsync(page, Range, "orders");
        var chartRevenueBefore = await ChartAsync(page, "data-revenue-sum");

        var orderId = await dashboard.CreateOrderAsync(quantity: 2);
        await page.Locator($"ol#live-feed > li[data-kind=order][data-order-id='{orderId}']").WaitForAsync();
        await SellerBrowser.WaitForTileChangeAsync(page, Range, "orders", ordersBefore);

        Assert.Equal(ordersBefore + 1, await SellerBrowser.TileAsync(page, Range, "orders"));
        Assert.True(await ChartAsync(page, "data-revenue-sum") > chartRevenueBefore);
        Assert.Contains(orderId, await page.Locator($"ol#live-feed > li[data-kind=order][data-order-id='{orderId}']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the page reloaded");
        Assert.Equal("1", await page.Locator("body").GetAttributeAsync("data-snapshots"));
    }

    [Fact]
    public async Task ChangingAUnitCostOnTheProductsPageMovesProfitOnTheOpenDashboard()
    {
        var page = await OpenDashboardAsync(dashboard.Seller.Page);
        var profitBefore = await SellerBrowser.TileAsync(page, Range, "netProfit");

        var products = await dashboard.Seller.OpenTabAsync("/products.html");
        var row = products.Locator("tr[data-sku]").First;
        await row.WaitForAsync();
        var sku = await row.GetAttributeAsync("data-sku");
        var units = SellerBrowser.Number((await row.Locator("[data-field=units]").InnerTextAsync()).Replace(",", string.Empty, StringComparison.Ordinal));
        await Screenshots.SaveAsync(products, "products");
        var unitCost = row.Locator("input[name=unitCost]");
        var current = SellerBrowser.Number(await unitCost.InputValueAsync());
        await unitCost.FillAsync((current + 7.5m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await row.Locator("input[name=effectiveFrom]").FillAsync(DateTime.UtcNow.AddYears(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        dashboard.CatchUpBusinessTime();
        await row.Locator("button[data-save-cost]").ClickAsync();

        // Fees and refunds keep arriving in the background; the cost's own effect (7.50 more on each unit) dwarfs them.
        Assert.True(units > 0);
        await SellerBrowser.WaitForTileBelowAsync(page, Range, "netProfit", profitBefore - (7.5m * units / 2));
        await page.Locator($"ol#live-feed > li[data-kind=unitCost]").First.WaitForAsync();
        Assert.Contains(sku!, await page.Locator("ol#live-feed > li[data-kind=unitCost]").First.InnerTextAsync());
        await Assertions.Expect(products.Locator($"tr[data-sku='{sku}'] .cost-since")).ToContainTextAsync("In force since");
        await products.CloseAsync();
    }

    [Fact]
    public async Task AnotherSellersBrowserNeverReceivesTheFirstSellersUpdates()
    {
        var page = await OpenDashboardAsync(dashboard.Seller.Page);
        await using var other = await SellerBrowser.SignUpAsync(dashboard.Browser, dashboard.App, "Other");
        await OpenDashboardAsync(other.Page);

        var ordersBefore = await SellerBrowser.TileAsync(page, Range, "orders");
        var orderId = await dashboard.CreateOrderAsync();
        await page.Locator($"ol#live-feed > li[data-kind=order][data-order-id='{orderId}']").WaitForAsync();
        await SellerBrowser.WaitForTileChangeAsync(page, Range, "orders", ordersBefore);
        await other.Page.WaitForTimeoutAsync(1000);

        Assert.Equal("0", await other.Page.Locator("body").GetAttributeAsync("data-deltas"));
        Assert.Equal(0, await other.Page.Locator("ol#live-feed > li").CountAsync());
        Assert.Equal(0m, await SellerBrowser.TileAsync(other.Page, Range, "orders"));
        Assert.Equal(0, await other.Page.Locator("table#products-table tbody tr[data-sku]").CountAsync());
    }

    [Fact]
    public async Task AfterTheServerDropsTheConnectionThePageRecoversAndShowsTheChangeItMissed()
    {
        // The tab's hub WebSockets pass through to the server, except while "unreachable" (then they are closed at once).
        var unreachable = false;
        var page = await dashboard.Seller.OpenTabAsync("/dashboard.html", tab => tab.RouteWebSocketAsync(
            new Regex("/hubs/dashboard"), async socket =>
            {
                if (Volatile.Read(ref unreachable))
                {
                    await socket.CloseAsync();
                }
                else
                {
                    socket.ConnectToServer();
                }
            }));
        await page.Locator(Connected).WaitForAsync();
        var snapshotsBefore = SellerBrowser.Number(await page.Locator("body").GetAttributeAsync("data-snapshots"));
        var ordersBefore = await SellerBrowser.TileAsync(page, Range, "orders");
        var ordersOnServer = await dashboard.ServerOrdersAsync();

        dashboard.Seller.ExpectsConnectionErrors = true;
        Volatile.Write(ref unreachable, true);
        Assert.True(dashboard.DropConnections() > 0);
        await page.Locator("body[data-live=reconnecting], body[data-live=offline]").WaitForAsync();
        var orderId = await dashboard.CreateOrderAsync();
        await WaitForServerOrdersAsync(ordersOnServer + 1);
        Assert.Equal(ordersBefore, await SellerBrowser.TileAsync(page, Range, "orders"));
        Volatile.Write(ref unreachable, false);

        await page.Locator($"ol#live-feed > li[data-kind=order][data-order-id='{orderId}']").WaitForAsync(new LocatorWaitForOptions { Timeout = 90_000 });
        Assert.Equal("connected", await page.Locator("body").GetAttributeAsync("data-live"));
        Assert.True(SellerBrowser.Number(await page.Locator("body").GetAttributeAsync("data-snapshots")) > snapshotsBefore);
        Assert.Equal(ordersBefore + 1, await SellerBrowser.TileAsync(page, Range, "orders"));
        await page.CloseAsync();
    }

    private static async Task<IPage> OpenDashboardAsync(IPage page)
    {
        await page.GotoAsync("/dashboard.html");
        await page.Locator(Connected).WaitForAsync();
        return page;
    }

    private static async Task<decimal> ChartAsync(IPage page, string attribute) =>
        SellerBrowser.Number(await page.Locator("[data-chart]").GetAttributeAsync(attribute));

    private Task WaitForServerOrdersAsync(int orders) =>
        Eventually.HoldsAsync(
            async () => await dashboard.ServerOrdersAsync() >= orders, SellerBrowser.Patience,
            "the new order never reached the server's numbers", TestContext.Current.CancellationToken);
}
