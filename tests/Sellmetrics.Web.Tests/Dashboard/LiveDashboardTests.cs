using Microsoft.Playwright;
using Sellmetrics.Web.Tests.Browser;

namespace Sellmetrics.Web.Tests.Dashboard;

/// <summary>The live dashboard in a real Chromium: it fills from the import and then moves by itself, per tenant only.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveDashboardTests(SandboxDashboard dashboard) : IClassFixture<SandboxDashboard>
{
    private const string Range = "range";

    [Fact]
    public async Task TheDashboardShowsTheImportAndANewOrderReachesTilesChartAndFeedWithoutAReload()
    {
        var page = await OpenDashboardAsync(dashboard.Seller.Page);
        Assert.True(await SellerBrowser.TileAsync(page, Range, "revenue") > 0);
        Assert.True(await ChartAsync(page, "data-points") > 0);
        Assert.True(await page.Locator("table#products-table tbody tr[data-sku]").CountAsync() > 0);
        await Screenshots.SaveAsync(page, "dashboard");

        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        var ordersBefore = await SellerBrowser.TileAsync(page, Range, "orders");
        var chartRevenueBefore = await ChartAsync(page, "data-revenue-sum");

        var orderId = await dashboard.CreateOrderAsync(quantity: 2);
        await page.Locator($"ol#live-feed > li[data-order-id='{orderId}']").WaitForAsync();
        await SellerBrowser.WaitForTileChangeAsync(page, Range, "orders", ordersBefore);

        Assert.Equal(ordersBefore + 1, await SellerBrowser.TileAsync(page, Range, "orders"));
        Assert.True(await ChartAsync(page, "data-revenue-sum") > chartRevenueBefore);
        Assert.Equal("order", await page.Locator($"ol#live-feed > li[data-order-id='{orderId}']").First.GetAttributeAsync("data-kind"));
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
        await Screenshots.SaveAsync(products, "products");
        var unitCost = row.Locator("input[name=unitCost]");
        var current = SellerBrowser.Number(await unitCost.InputValueAsync());
        await unitCost.FillAsync((current + 7.5m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await row.Locator("input[name=effectiveFrom]").FillAsync(DateTime.UtcNow.AddYears(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await row.Locator("button[data-save-cost]").ClickAsync();

        await SellerBrowser.WaitForTileChangeAsync(page, Range, "netProfit", profitBefore);
        Assert.True(await SellerBrowser.TileAsync(page, Range, "netProfit") < profitBefore);
        await page.Locator($"ol#live-feed > li[data-kind=unitCost]").First.WaitForAsync();
        Assert.Contains(sku!, await page.Locator("ol#live-feed > li[data-kind=unitCost]").First.InnerTextAsync());
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
        await page.Locator($"ol#live-feed > li[data-order-id='{orderId}']").WaitForAsync();
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
        var page = await OpenDashboardAsync(dashboard.Seller.Page);
        var snapshotsBefore = SellerBrowser.Number(await page.Locator("body").GetAttributeAsync("data-snapshots"));
        var ordersBefore = await SellerBrowser.TileAsync(page, Range, "orders");
        var ordersOnServer = await dashboard.ServerOrdersAsync();

        dashboard.Seller.ExpectsConnectionErrors = true;
        await dashboard.Seller.Context.SetOfflineAsync(true);
        string orderId;
        try
        {
            Assert.True(dashboard.DropConnections() > 0);
            await page.Locator("body:not([data-live=connected])").WaitForAsync();
            orderId = await dashboard.CreateOrderAsync();
            await WaitForServerOrdersAsync(ordersOnServer + 1);
        }
        finally
        {
            await dashboard.Seller.Context.SetOfflineAsync(false);
        }

        await page.Locator("body[data-live=connected]").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await page.Locator($"ol#live-feed > li[data-order-id='{orderId}']").WaitForAsync();
        Assert.True(SellerBrowser.Number(await page.Locator("body").GetAttributeAsync("data-snapshots")) > snapshotsBefore);
        Assert.Equal(ordersBefore + 1, await SellerBrowser.TileAsync(page, Range, "orders"));
    }

    private static async Task<IPage> OpenDashboardAsync(IPage page)
    {
        await page.GotoAsync("/dashboard.html");
        await page.Locator("body[data-live=connected][data-snapshots]").WaitForAsync();
        return page;
    }

    private static async Task<decimal> ChartAsync(IPage page, string attribute) =>
        SellerBrowser.Number(await page.Locator("[data-chart]").GetAttributeAsync(attribute));

    private async Task WaitForServerOrdersAsync(int orders)
    {
        var deadline = DateTimeOffset.UtcNow + SellerBrowser.Patience;
        while (await dashboard.ServerOrdersAsync() < orders)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "the new order never reached the server's numbers");
            await Task.Delay(200);
        }
    }
}
