using Sellmetrics.Web.Tests.Sync;

namespace Sellmetrics.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class MarketplacePickerTests(SandboxSyncApp fixture, Chromium chromium) : IClassFixture<SandboxSyncApp>
{
    private const string UnitedStates = "ATVPDKIKX0DER";
    private const string Canada = "A2EUQ1WTGCTBG2";

    [Fact]
    public async Task TheConnectionsPageShowsTheSellersMarketplacesAsCheckboxesAndTracksTheOnesChecked()
    {
        await using var seller = await SellerBrowser.SignUpAsync(chromium.Browser, fixture.App, "PickerPage");
        await seller.ConnectAmazonAsync(await SyncApp.CreateSandboxSellerAsync(fixture.App, 7602));
        var page = seller.Page;
        var picker = page.Locator("[data-connection-id] details:has(form.marketplace-picker)");
        await picker.WaitForAsync();

        await picker.Locator("summary").ClickAsync();
        Assert.True(await picker.Locator($"input[value={UnitedStates}]").IsCheckedAsync());
        Assert.False(await picker.Locator($"input[value={Canada}]").IsCheckedAsync());
        await picker.Locator($"input[value={Canada}]").CheckAsync();
        await picker.Locator("button[type=submit]").ClickAsync();
        await page.Locator($"[data-connection-id] .dataset[data-marketplace-id={Canada}]").First.WaitForAsync();

        var connection = (await seller.GetJsonAsync("/api/connections"))[0];
        Assert.Equal([UnitedStates, Canada], connection.GetProperty("marketplaceIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Amazon.ca", await page.Locator("[data-connection-id] .connection-meta").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "marketplace-picker");
    }
}
