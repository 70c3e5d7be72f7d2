using Microsoft.Playwright;
using Sellmetrics.Web.Tests.Sync;

namespace Sellmetrics.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PayoutsPageTests(SandboxSyncApp fixture, Chromium chromium) : IClassFixture<SandboxSyncApp>
{
    [Fact]
    public async Task ThePayoutsPageListsEachSettlementAndOpensItsNamedDifferences()
    {
        await using var seller = await SellerBrowser.SignUpAsync(chromium.Browser, fixture.App, "PayoutsPage");
        await seller.ConnectAmazonAsync(await SyncApp.CreateSandboxSellerAsync(fixture.App, 7601));
        await seller.WaitForImportAsync(TimeSpan.FromMinutes(3));
        var page = seller.Page;

        await page.GotoAsync("/payouts.html");
        var settlements = page.Locator("#payouts-body > tr:not(.payout-differences)");
        await settlements.First.WaitForAsync();

        Assert.True(await settlements.CountAsync() >= 2);
        Assert.Equal("page", await page.Locator("#app-nav a[href='/payouts.html']").GetAttributeAsync("aria-current"));
        var newest = settlements.Last;
        Assert.Equal("Amazon.com", await newest.Locator(".payout-storefront").InnerTextAsync());
        await newest.Locator("button[aria-expanded]").ClickAsync();
        var details = page.Locator("#payouts-body > tr.payout-differences").Last;
        await details.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Contains("Reserve held or released", await details.InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "payouts");
    }
}
