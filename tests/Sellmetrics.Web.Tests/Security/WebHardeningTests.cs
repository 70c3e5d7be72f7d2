using System.Net;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Security;

public sealed class WebHardeningTests(TestPostgres postgres, SharedApp shared) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task UnsafeRequestsWithoutTheCsrfTokenOrFromAnotherSiteAreRefusedAndChangeNothing()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Guarded");

        seller.Browser.SendCsrfHeader = false;
        var withoutToken = await seller.Browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { displayName = "Hijacked" });
        seller.Browser.SendCsrfHeader = true;
        var fromAnotherSite = await seller.Browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout") { Headers = { { "Origin", "https://evil.example" } } });
        var crossSiteFetch = await seller.Browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout") { Headers = { { "Sec-Fetch-Site", "cross-site" } } });

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, fromAnotherSite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossSiteFetch.StatusCode);
        var account = await AppClient.ReadAsync(await seller.Browser.GetAsync("/api/account"));
        Assert.Equal(seller.DisplayName, account.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task EveryResponseCarriesTheSecurityHeadersAndHstsIsSentBehindAnHttpsProxy()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres, settings: new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies"] = "127.0.0.1" });
        using var browser = app.CreateClient();

        foreach (var path in (string[])["/health/live", "/api/auth/session", "/no-such-page"])
        {
            var response = await browser.GetAsync(path);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }

        Assert.Equal("no-store", (await browser.GetAsync("/api/auth/session")).Headers.CacheControl?.ToString());
        Assert.False((await browser.GetAsync("/health/live")).Headers.Contains("Strict-Transport-Security"));
        // HSTS is never sent for localhost, so the request names a public host, as it would through the proxy.
        var behindProxy = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health/live")
        {
            Headers = { { "X-Forwarded-Proto", "https" }, { "Host", "app.sellmetrics.test" } },
        });
        Assert.Equal("max-age=31536000; includeSubDomains", behindProxy.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task RepeatedSignInsForOneAccountAreThrottledWithRetryAfter()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres, settings: new Dictionary<string, string?> { ["Auth:SignInAttemptsPerAccountBeforeDelay"] = "3" });
        var seller = await Seller.SignUpAsync(app, "Target");
        using var attacker = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await attacker.LoginAsync(seller.Email, $"guess number {attempt} of many")).StatusCode);
        }

        var throttled = await attacker.LoginAsync(seller.Email, seller.Password);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(int.Parse(throttled.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task SignInsFromOneAddressAreThrottledWhateverAccountTheyTry()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres, settings: new Dictionary<string, string?> { ["Auth:SignInAttemptsPerAddressPerMinute"] = "4" });
        using var attacker = app.CreateClient();

        var responses = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            responses.Add(await attacker.LoginAsync($"person{attempt}@shop.test", "some password guess"));
        }

        var statuses = responses.Select(response => response.StatusCode).ToList();
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.All(statuses[..^1], status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.True(int.Parse(responses[^1].Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task ASessionCookieIssuedByOneSiloIsAcceptedByAnotherSharingTheDatabase()
    {
        await using var first = await SellmetricsApp.StartAsync(postgres);
        await using var second = await SellmetricsApp.StartAsync(postgres, first.ConnectionString);
        var seller = await Seller.SignUpAsync(first, "Roaming");

        using var sameBrowserOtherSilo = new AppClient(second.Address);
        foreach (var cookie in seller.Browser.Cookies)
        {
            sameBrowserOtherSilo.SetCookie(cookie.Key, cookie.Value);
        }

        var account = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await sameBrowserOtherSilo.GetAsync("/api/account")));
        Assert.Equal(seller.Email, account.GetProperty("email").GetString());
        await AppClient.EnsureOkAsync(await sameBrowserOtherSilo.SendJsonAsync(HttpMethod.Patch, "/api/account", new { displayName = "Roamed" }));
        await using var database = first.OpenDatabase();
        var storedKeys = await database.ListAsync<string>("SELECT xml FROM sellmetrics.data_protection_keys");
        Assert.NotEmpty(storedKeys);
        Assert.All(storedKeys, xml => Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal));
    }
}
