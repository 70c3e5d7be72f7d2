using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Amazon;

public sealed class LoginWithAmazonTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RefreshGrantAnswersABearerTokenForAnHourAndEchoesTheRefreshToken()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();

        using var response = await sandbox.RefreshAsync(seller);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.StartsWith("Atza|", body.GetProperty("access_token").GetString(), StringComparison.Ordinal);
        Assert.Equal("bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(seller.RefreshToken, body.GetProperty("refresh_token").GetString());
    }

    [Fact]
    public async Task AWrongClientSecretIsInvalidClient()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();

        using var response = await sandbox.RefreshAsync(seller, clientSecret: "not-the-secret");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task ARevokedRefreshTokenIsInvalidGrantAndItsAccessTokensStopWorking()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(7);
        var accessToken = await sandbox.AmazonTokenAsync(seller);

        using var revoke = await sandbox.Http.PostAsync($"/sandbox/control/sellers/{seller.SellerId}/revoke", null, Cancel);
        using var refresh = await sandbox.RefreshAsync(seller);
        var body = await refresh.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var call = await sandbox.SpApiAsync(accessToken, "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2026-06-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.Contains("revoked", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, call.StatusCode);
    }

    [Fact]
    public async Task AnAccessTokenExpiresAfterOneHourOfSandboxTime()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        const string Orders = "/orders/v0/orders/111-0000000-0000000/orderItems";

        using var before = await sandbox.SpApiAsync(token, Orders);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(3601));
        using var after = await sandbox.SpApiAsync(token, Orders);
        var body = await after.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Contains("expired", body, StringComparison.Ordinal);
        Assert.False(after.Headers.Contains("x-amzn-RateLimit-Limit"));
    }

    [Fact]
    public async Task TimeScaleShortensTheTokenLifetimeButNotTheAnnouncedExpiresIn()
    {
        await using var sandbox = await SandboxApp.StartAsync(timeScale: 60);
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        sandbox.Clock.Advance(TimeSpan.FromSeconds(61));
        using var after = await sandbox.SpApiAsync(token, "/orders/v0/orders/111-0000000-0000000/orderItems");

        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    [Fact]
    public async Task TheConsentPageRedirectsWithACodeThatExchangesExactlyOnce()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = sandbox.Http.BaseAddress };

        using var consent = await noRedirects.GetAsync(
            "/sandbox/amazon-auth/apps/authorize/consent?application_id=amzn1.sp.solution.test&state=s1&redirect_uri=https%3A%2F%2Fapp.example%2Fcallback", Cancel);
        var callback = System.Web.HttpUtility.ParseQueryString(consent.Headers.Location!.Query);
        var exchange = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = callback["spapi_oauth_code"]!,
            ["redirect_uri"] = "https://app.example/callback",
            ["client_id"] = "amzn1.application-oa2-client.ourapp",
            ["client_secret"] = "our-app-secret",
        };
        using var first = await sandbox.Http.PostAsync("/sandbox/amazon-auth/auth/o2/token", new FormUrlEncodedContent(exchange), Cancel);
        using var second = await sandbox.Http.PostAsync("/sandbox/amazon-auth/auth/o2/token", new FormUrlEncodedContent(exchange), Cancel);
        var granted = await first.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        Assert.Equal("s1", callback["state"]);
        Assert.Equal(seller.SellerId, callback["selling_partner_id"]);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(seller.RefreshToken, granted.GetProperty("refresh_token").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
    }
}
