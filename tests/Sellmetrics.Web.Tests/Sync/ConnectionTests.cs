using System.Net;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

public sealed class ConnectionTests(SandboxSyncApp fixture) : IClassFixture<SandboxSyncApp>
{
    [Fact]
    public async Task TheWebsiteAuthorizationFlowStoresTheRefreshTokenSealedAndStartsTheImport()
    {
        var app = fixture.App;
        var seller = await Seller.SignUpAsync(app, "Consenting");

        var authorize = await seller.Browser.GetAsync("/api/connections/amazon/authorize");
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var consent = authorize.Headers.Location!;
        Assert.Contains("state=", consent.Query, StringComparison.Ordinal);
        using var amazon = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var back = (await amazon.GetAsync(consent, TestContext.Current.CancellationToken)).Headers.Location!;
        Assert.StartsWith(new Uri(app.Address, "/api/connections/amazon/callback").ToString(), back.ToString(), StringComparison.Ordinal);

        var callback = await seller.Browser.GetAsync(back.PathAndQuery);

        Assert.Equal("/connections.html?amazon=connected", callback.Headers.Location!.ToString());
        var connections = await SyncApp.WaitForImportAsync(seller);
        Assert.Equal("connected", connections[0].GetProperty("status").GetString());
        await using var database = app.OpenDatabase();
        var sealedCredentials = await database.ScalarAsync<string>($"SELECT sealed_credentials FROM \"tenant_{seller.TenantId:N}\".marketplace_connections");
        Assert.StartsWith("gAAAAA", sealedCredentials, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACallbackWhoseStateBelongsToAnotherTenantConnectsNothing()
    {
        var app = fixture.App;
        var victim = await Seller.SignUpAsync(app, "Victim");
        var attacker = await Seller.SignUpAsync(app, "Attacker");
        var consent = (await attacker.Browser.GetAsync("/api/connections/amazon/authorize")).Headers.Location!;
        using var amazon = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var back = (await amazon.GetAsync(consent, TestContext.Current.CancellationToken)).Headers.Location!;

        var callback = await victim.Browser.GetAsync(back.PathAndQuery);

        Assert.Equal("/connections.html?amazon=expired", callback.Headers.Location!.ToString());
        Assert.Equal("[]", (await SyncApp.GetAsync(victim, "/api/connections")).ToString());
        Assert.Equal("[]", (await SyncApp.GetAsync(attacker, "/api/connections")).ToString());
    }

    [Fact]
    public async Task CredentialsTheMarketplaceRefusesAreNotStoredAndAnswer422()
    {
        var app = fixture.App;
        var seller = await Seller.SignUpAsync(app, "Mistyped");

        var wrong = await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/amazon", new
        {
            lwaClientId = "amzn1.application-oa2-client.unknown",
            lwaClientSecret = "wrong",
            refreshToken = "Atzr|wrong",
            sellerId = "A1WRONGSELLER00",
            marketplaceId = "ATVPDKIKX0DER",
        });
        var invalid = await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/amazon", new { lwaClientId = "x", marketplaceId = "NOT-A-MARKETPLACE" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("[]", (await SyncApp.GetAsync(seller, "/api/connections")).ToString());
        await using var database = app.OpenDatabase();
        Assert.Equal(0L, await TenantFacts.CountAsync(database, seller.TenantId, "marketplace_connections"));
    }
}
