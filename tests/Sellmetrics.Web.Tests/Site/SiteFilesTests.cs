using System.Net;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Site;

public sealed class SiteFilesTests(SharedApp shared) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task TheRootOpensTheDashboardAndTheGeneratedModulesComeFromTheServersOwnNames()
    {
        var app = shared.App;
        using var browser = app.CreateClient();

        var root = await browser.GetAsync("/");
        var marketplaces = await browser.GetAsync("/js/marketplace-list.js");
        var hub = await browser.GetAsync("/js/hub-contract.js");
        var marketplaceModule = await marketplaces.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/dashboard.html", root.Headers.Location?.ToString());
        Assert.Equal("text/javascript", marketplaces.Content.Headers.ContentType?.MediaType);
        Assert.All(AmazonMarketplaces.All, m => Assert.Contains($"\"id\":\"{m.Id}\"", marketplaceModule, StringComparison.Ordinal));
        Assert.Contains("\"watch\":\"Watch\"", await hub.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
