using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Walmart;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;
using Sellmetrics.Web.Tests.Sync;

namespace Sellmetrics.Web.Tests.Security;

/// <summary>
/// Beside a real database the sandbox is a fake Amazon that hands out credentials: it mounts only on a second, explicit
/// flag, never takes over a configured URL or the app's OAuth identity, and its control routes answer only to this machine.
/// </summary>
public sealed class SandboxExposureTests(TestPostgres postgres, SandboxSyncApp fixture) : IClassFixture<SandboxSyncApp>
{
    [Fact]
    public async Task WithAConfiguredDatabaseSandboxEnabledAloneMountsNothingAndSaysWhy()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres, settings: new Dictionary<string, string?> { ["Sandbox:Enabled"] = "true" });
        using var http = new HttpClient { BaseAddress = app.Address };

        using var control = await http.GetAsync("/sandbox/control/sellers/default", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, control.StatusCode);
        Assert.Contains(app.Logs.Lines, line => line.Contains("Sandbox:AllowWithConfiguredDatabase", StringComparison.Ordinal));
        var amazon = app.Services.GetRequiredService<IOptions<AmazonOptions>>().Value;
        Assert.Equal("sellingpartnerapi-na.amazon.com", amazon.Endpoints.NA.Host);
        Assert.Null(amazon.ClientSecret);
    }

    [Fact]
    public async Task AnAllowedSandboxLeavesConfiguredUrlsAndTheAppsOAuthIdentityAlone()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres, settings: new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "true",
            ["Sandbox:AllowWithConfiguredDatabase"] = "true",
            ["Amazon:ClientId"] = "amzn1.application-oa2-client.real",
            ["Amazon:ClientSecret"] = "the-real-app-secret",
            ["Walmart:BaseUrl"] = "https://marketplace.walmartapis.com",
        });

        var amazon = app.Services.GetRequiredService<IOptions<AmazonOptions>>().Value;
        var walmart = app.Services.GetRequiredService<IOptions<WalmartOptions>>().Value;
        Assert.Equal("amzn1.application-oa2-client.real", amazon.ClientId);
        Assert.Equal("the-real-app-secret", amazon.ClientSecret);
        Assert.Null(amazon.ApplicationId);
        // The real secret is never sent to the sandbox's token endpoint, nor its sellers to the sandbox's consent page.
        Assert.Equal(new Uri("https://api.amazon.com/auth/o2/token"), amazon.LwaTokenUrl);
        Assert.Equal("sellercentral.amazon.com", amazon.ConsentUrl.Host);
        Assert.Equal(new Uri("https://marketplace.walmartapis.com"), walmart.BaseUrl);
        // What is not configured points at the sandbox.
        Assert.Equal(app.Address.Port, amazon.Endpoints.NA.Port);
    }

    [Fact]
    public async Task TheSandboxControlRoutesRefuseARequestRelayedByAProxyOnThisMachine()
    {
        var app = fixture.App;
        using var direct = new HttpClient { BaseAddress = app.Address };
        using var relayed = new HttpClient { BaseAddress = app.Address };
        relayed.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        using var local = await direct.GetAsync("/sandbox/control/sellers/default", TestContext.Current.CancellationToken);
        using var remote = await relayed.GetAsync("/sandbox/control/sellers/default", TestContext.Current.CancellationToken);
        using var remoteFaults = await relayed.PostAsync("/sandbox/control/faults", JsonContent(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remote.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remoteFaults.StatusCode);
    }

    [Fact]
    public async Task ForwardedHeadersFromAnUntrustedProxyAreReportedOnce()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        using var proxied = new HttpClient { BaseAddress = app.Address };
        proxied.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        proxied.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        for (var i = 0; i < 3; i++)
        {
            using var response = await proxied.GetAsync("/api/auth/session", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Single(app.Logs.Lines, line => line.Contains("ForwardedHeaders:KnownProxies", StringComparison.Ordinal) && line.StartsWith("Warning", StringComparison.Ordinal));
    }

    private static StringContent JsonContent() => new("{\"throttleNext\":1}", System.Text.Encoding.UTF8, "application/json");
}
