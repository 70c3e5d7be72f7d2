using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Data.Connections;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Connections;
using Sellmetrics.Marketplaces;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Rules;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

/// <summary>
/// A connection's seller id is the account its rate budget, breaker and statistics belong to, so it is never taken on
/// trust: another tenant's seller id with one's own keys, a tampered OAuth callback or a newline is refused.
/// </summary>
public sealed class SellerIdentityTests(SandboxSyncApp fixture) : IClassFixture<SandboxSyncApp>
{
    private SellmetricsApp App => fixture.App;

    [Fact]
    public async Task ATenantWithItsOwnValidKeysAndAnotherSellersIdIsRefusedAndTouchesNothingOfThatSeller()
    {
        var victimAccount = await SyncApp.CreateSandboxSellerAsync(App, 9201);
        var attackerAccount = await SyncApp.CreateSandboxSellerAsync(App, 9202);
        var attacker = await Seller.SignUpAsync(App, "Claimant");
        var statistics = App.Services.GetRequiredService<MarketplaceCallStatistics>();
        // The app is shared with tests that pull, so the counters of the claimed account are watched, not the app's total:
        // the victim's own account, and the connection the attacker's tenant would have had for it.
        var victimSellerId = victimAccount.GetProperty("sellerId").GetString()!;
        var claimedConnection = $"{GrainKeys.Of(attacker.TenantId)}/{GrainKeys.Of(ConnectionKeys.ForAmazon(victimSellerId, "NA", []))}";
        var callsBefore = (statistics.Snapshot(victimSellerId), statistics.Snapshot(claimedConnection));

        using var claimed = await attacker.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/amazon", new
        {
            lwaClientId = attackerAccount.GetProperty("lwaClientId").GetString(),
            lwaClientSecret = attackerAccount.GetProperty("lwaClientSecret").GetString(),
            refreshToken = attackerAccount.GetProperty("refreshToken").GetString(),
            sellerId = victimAccount.GetProperty("sellerId").GetString(),
            marketplaceId = "ATVPDKIKX0DER",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, claimed.StatusCode);
        Assert.Equal("application/problem+json", claimed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not for this seller account", (await AppClient.ReadAsync(claimed)).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("[]", (await SyncApp.GetAsync(attacker, "/api/connections")).ToString());
        await using var database = App.OpenDatabase();
        Assert.Equal(0L, await TenantFacts.CountAsync(database, attacker.TenantId, "marketplace_connections"));
        // The check went around the pipelines: no bucket, breaker or counter of the claimed account was used.
        Assert.Equal(callsBefore, (statistics.Snapshot(victimSellerId), statistics.Snapshot(claimedConnection)));

        // The same keys with their own seller id connect: the check refuses the claim, not the keys.
        await SyncApp.ConnectAmazonAsync(attacker, attackerAccount);
    }

    [Fact]
    public async Task AnOAuthCallbackWhoseSellerIdWasSwappedForAnothersConnectsNothing()
    {
        var victimAccount = await SyncApp.CreateSandboxSellerAsync(App, 9203);
        var attackerAccount = await SyncApp.CreateSandboxSellerAsync(App, 9204);
        var attacker = await Seller.SignUpAsync(App, "Swapper");
        var consent = (await attacker.Browser.GetAsync("/api/connections/amazon/authorize")).Headers.Location!;
        using var amazon = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var back = (await amazon.GetAsync(
            QueryHelpers.AddQueryString(consent.ToString(), "selling_partner_id", attackerAccount.GetProperty("sellerId").GetString()!),
            TestContext.Current.CancellationToken)).Headers.Location!;
        var query = QueryHelpers.ParseQuery(back.Query);

        var callback = await attacker.Browser.GetAsync(QueryHelpers.AddQueryString("/api/connections/amazon/callback", new Dictionary<string, string?>
        {
            ["state"] = query["state"],
            ["selling_partner_id"] = victimAccount.GetProperty("sellerId").GetString(),
            ["spapi_oauth_code"] = query["spapi_oauth_code"],
        }));

        Assert.Equal("/connections.html?amazon=refused", callback.Headers.Location!.ToString());
        Assert.Equal("[]", (await SyncApp.GetAsync(attacker, "/api/connections")).ToString());
    }

    [Fact]
    public async Task AConnectionStoredBeforeVerificationUnderAnotherSellersIdPullsNothingAndStopsAsRevoked()
    {
        var victimSellerId = (await SyncApp.CreateSandboxSellerAsync(App, 9206)).GetProperty("sellerId").GetString()!;
        var attackerAccount = await SyncApp.CreateSandboxSellerAsync(App, 9207);
        var attacker = await Seller.SignUpAsync(App, "Legacy");
        var connectionId = ConnectionKeys.ForAmazonMarketplace(victimSellerId, AmazonMarketplaces.UnitedStates);
        var claimed = new AmazonSellerCredentials(
            attackerAccount.GetProperty("lwaClientId").GetString()!, attackerAccount.GetProperty("lwaClientSecret").GetString()!,
            attackerAccount.GetProperty("refreshToken").GetString()!, victimSellerId, AmazonMarketplaces.UnitedStates, AmazonRegion.NA);
        var now = DateTimeOffset.UtcNow;
        var row = new ConnectionRow(
            connectionId, MarketplaceNames.Amazon, AmazonMarketplaces.UnitedStates, victimSellerId, nameof(AmazonRegion.NA),
            App.Services.GetRequiredService<CredentialVault>().Seal(claimed), "connected", now, now, [AmazonMarketplaces.UnitedStates], [AmazonMarketplaces.UnitedStates]);
        await App.Services.GetRequiredService<ConnectionStore>().SaveAsync(attacker.TenantId, row, "an earlier release", now, TestContext.Current.CancellationToken);

        var connection = await SyncApp.WaitForStatusAsync(attacker, "revoked");

        Assert.All(connection.GetProperty("datasets").EnumerateArray(), dataset => Assert.Equal(0, dataset.GetProperty("apiCalls").GetInt64()));
    }

    [Theory]
    [InlineData("A1B2C3D4E5F6G7\nInformation Sellmetrics: FORGED-LINE admin signed in")]
    [InlineData("A1B2C3D4E5F6G7\r\nFORGED-LINE")]
    [InlineData("A1B2C3\u0000FORGED-LINE")]
    [InlineData("a1b2c3d4e5f6g7")]
    [InlineData("A1WRONG")]
    [InlineData("A1B2C3D4E5F6G7 FORGED-LINE")]
    public async Task AMalformedSellerIdIsAValidationProblemAndReachesNoLog(string sellerId)
    {
        var seller = await Seller.SignUpAsync(App, "Forger");
        var account = await SyncApp.CreateSandboxSellerAsync(App, 9205);

        using var response = await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/amazon", new
        {
            lwaClientId = account.GetProperty("lwaClientId").GetString(),
            lwaClientSecret = account.GetProperty("lwaClientSecret").GetString(),
            refreshToken = account.GetProperty("refreshToken").GetString(),
            sellerId,
            marketplaceId = "ATVPDKIKX0DER",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await AppClient.ReadAsync(response)).GetProperty("errors").GetProperty("sellerId").ValueKind);
        Assert.DoesNotContain(App.Logs.Lines, line => line.Contains("FORGED-LINE", StringComparison.Ordinal));
        Assert.Equal("[]", (await SyncApp.GetAsync(seller, "/api/connections")).ToString());
    }

    [Fact]
    public async Task AWalmartClientIdWithANewlineIsAValidationProblem()
    {
        var seller = await Seller.SignUpAsync(App, "WalmartForger");

        using var response = await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/walmart", new
        {
            clientId = "0f8fad5b-d9cb-469f-a165-70867728950e\nFORGED-LINE",
            clientSecret = "secret",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await AppClient.ReadAsync(response)).GetProperty("errors").GetProperty("clientId").ValueKind);
        Assert.DoesNotContain(App.Logs.Lines, line => line.Contains("FORGED-LINE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AForgedHostHeaderDoesNotChangeTheOAuthRedirectUri()
    {
        var seller = await Seller.SignUpAsync(App, "Host");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/connections/amazon/authorize");
        request.Headers.Host = "evil.example";

        using var authorize = await seller.Browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var redirectUri = QueryHelpers.ParseQuery(authorize.Headers.Location!.Query)["redirect_uri"].ToString();
        Assert.Equal(new Uri(App.Address, "/api/connections/amazon/callback").ToString(), redirectUri);
    }
}
