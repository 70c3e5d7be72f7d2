using System.Collections.Concurrent;
using Microsoft.Playwright;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Browser;

/// <summary>The open redirect the probe found: after sign-in, <c>?next=</c> never takes the browser off our origin.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInRedirectTests(SharedApp shared, Chromium chromium) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task SigningInWithAHostileNextStaysOnOurOriginAndAListedPageIsKept()
    {
        var seller = await Seller.SignUpAsync(shared.App, "Redirected");
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = shared.App.Address.ToString() });
        context.SetDefaultTimeout((float)SellerBrowser.Patience.TotalMilliseconds);
        var offSite = new ConcurrentQueue<string>();
        await context.RouteAsync(url => !url.StartsWith(shared.App.Address.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal), async route =>
        {
            offSite.Enqueue(route.Request.Url);
            await route.AbortAsync();
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/sign-in.html?next=%2F%09%2Fevil.example");
        var form = page.Locator("form#sign-in");
        await form.Locator("input[name=email]").FillAsync(seller.Email);
        await form.Locator("input[name=password]").FillAsync(seller.Password);
        await form.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard.html");

        // Signed in, the sign-in page sends the browser on at once: the same decision, for the other vectors.
        foreach (var next in (string[])["%2F%5Cevil.example", "%2F%0A%2Fevil.example%2Fdashboard.html", "https%3A%2F%2Fevil.example", "javascript%3Aalert(1)"])
        {
            await page.GotoAsync($"/sign-in.html?next={next}");
            await page.WaitForURLAsync("**/dashboard.html");
        }

        await page.GotoAsync("/sign-in.html?next=%2Fcosts.html%3Fview%3Dall");
        await page.WaitForURLAsync("**/costs.html?view=all");
        Assert.Empty(offSite);
        Assert.StartsWith(shared.App.Address.GetLeftPart(UriPartial.Authority), page.Url, StringComparison.Ordinal);
    }
}
