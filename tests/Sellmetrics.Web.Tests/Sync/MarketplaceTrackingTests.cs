using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Data.Connections;
using Sellmetrics.Grains.Connections;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Rules;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

/// <summary>
/// An Amazon connection is one seller account per region tracking the marketplaces the seller picks among those Amazon
/// lists as theirs (the sandbox: Amazon.com and Amazon.ca); a marketplace the seller does not sell in is refused by name.
/// </summary>
public sealed class MarketplaceTrackingTests(SandboxSyncApp fixture) : IClassFixture<SandboxSyncApp>
{
    private const string UnitedStates = "ATVPDKIKX0DER";
    private const string Canada = "A2EUQ1WTGCTBG2";
    private const string Mexico = "A1AM78C64UM0Y8";
    private const string Germany = "A1PA6795UKMFR9";

    private SellmetricsApp App => fixture.App;

    [Fact]
    public async Task ConnectingWithMarketplaceIdsTracksThemAllInOneConnectionThatReadsFinancesOnceForTheAccount()
    {
        var seller = await Seller.SignUpAsync(App, "TwoStorefronts");
        var credentials = await SyncApp.CreateSandboxSellerAsync(App, 9301);

        var connection = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await ConnectAsync(seller, credentials, new { marketplaceIds = new[] { Canada, UnitedStates } })));

        Assert.Equal([Canada, UnitedStates], Ids(connection, "marketplaceIds"));
        Assert.Equal(Canada, connection.GetProperty("marketplaceId").GetString());
        Assert.Equal([Canada, UnitedStates], Ids(connection, "availableMarketplaceIds").Order(StringComparer.Ordinal));
        Assert.Equal("NA", connection.GetProperty("region").GetString());
        var datasets = connection.GetProperty("datasets").EnumerateArray().Select(d => (d.GetProperty("dataset").GetString(), d.GetProperty("marketplaceId").GetString())).ToList();
        Assert.Equal([("finances", "")], datasets.Where(d => d.Item1 == "finances"));
        Assert.Equal([("orders", Canada), ("orders", UnitedStates)], datasets.Where(d => d.Item1 == "orders"));
        Assert.Equal(1, (await SyncApp.GetAsync(seller, "/api/connections")).GetArrayLength());
        await using var database = App.OpenDatabase();
        Assert.Equal(
            $"{{{Canada},{UnitedStates}}}",
            await database.ScalarAsync<string>($"SELECT marketplace_ids::text FROM \"tenant_{seller.TenantId:N}\".marketplace_connections"));
    }

    [Fact]
    public async Task AMarketplaceTheSellerDoesNotSellInIsRefusedByNameAndNothingIsStored()
    {
        var seller = await Seller.SignUpAsync(App, "NotInMexico");
        var credentials = await SyncApp.CreateSandboxSellerAsync(App, 9302);

        using var refused = await ConnectAsync(seller, credentials, new { marketplaceIds = new[] { UnitedStates, Mexico } });
        using var acrossRegions = await ConnectAsync(seller, credentials, new { marketplaceIds = new[] { UnitedStates, Germany } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await AppClient.ReadAsync(refused);
        Assert.Contains(Mexico, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal([Mexico], Ids(problem, "marketplaceIds"));
        Assert.Equal(HttpStatusCode.BadRequest, acrossRegions.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await AppClient.ReadAsync(acrossRegions)).GetProperty("errors").GetProperty("marketplaceIds").ValueKind);
        Assert.Equal("[]", (await SyncApp.GetAsync(seller, "/api/connections")).ToString());
        await using var database = App.OpenDatabase();
        Assert.Equal(0L, await TenantFacts.CountAsync(database, seller.TenantId, "marketplace_connections"));
    }

    [Fact]
    public async Task MarketplaceIdAloneTracksThatOneAndConnectingTheAccountAgainUpdatesTheSameConnection()
    {
        var seller = await Seller.SignUpAsync(App, "OneThenTwo");
        var credentials = await SyncApp.CreateSandboxSellerAsync(App, 9303);

        var first = await SyncApp.ConnectAmazonAsync(seller, credentials, Canada);
        var tracked = Ids((await SyncApp.GetAsync(seller, "/api/connections"))[0], "marketplaceIds");
        var again = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await ConnectAsync(seller, credentials, new { marketplaceIds = new[] { UnitedStates, Canada } })));

        Assert.Equal([Canada], tracked);
        Assert.Equal(first, again.GetProperty("id").GetGuid());
        Assert.Equal([Canada, UnitedStates], Ids(again, "marketplaceIds"));
        Assert.Equal(1, (await SyncApp.GetAsync(seller, "/api/connections")).GetArrayLength());
    }

    [Fact]
    public async Task AnAccountConnectedPerMarketplaceBeforeConnectionsWereRegionalBecomesOneConnectionTrackingThemAll()
    {
        var seller = await Seller.SignUpAsync(App, "Legacy");
        var credentials = await SyncApp.CreateSandboxSellerAsync(App, 9304);
        var sellerId = credentials.GetProperty("sellerId").GetString()!;
        var legacyIds = new[] { UnitedStates, Canada }.ToDictionary(m => ConnectionKeys.ForAmazonMarketplace(sellerId, m));
        var now = DateTimeOffset.UtcNow;
        foreach (var (id, marketplace) in legacyIds)
        {
            var sealedCredentials = App.Services.GetRequiredService<CredentialVault>().Seal(new AmazonSellerCredentials(
                credentials.GetProperty("lwaClientId").GetString()!, credentials.GetProperty("lwaClientSecret").GetString()!,
                credentials.GetProperty("refreshToken").GetString()!, sellerId, marketplace, AmazonRegion.NA));
            await App.Services.GetRequiredService<ConnectionStore>().SaveAsync(
                seller.TenantId,
                new ConnectionRow(id, MarketplaceNames.Amazon, marketplace, sellerId, nameof(AmazonRegion.NA), sealedCredentials, "connected", now, now, [marketplace], [marketplace]),
                "an earlier release",
                now,
                TestContext.Current.CancellationToken);
        }

        var connection = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await ConnectAsync(seller, credentials, new { marketplaceId = UnitedStates })));

        Assert.Contains(connection.GetProperty("id").GetGuid(), legacyIds.Keys);
        Assert.Equal([Canada, UnitedStates], Ids(connection, "marketplaceIds").Order(StringComparer.Ordinal));
        var listed = await SyncApp.GetAsync(seller, "/api/connections");
        Assert.Equal(connection.GetProperty("id").GetGuid(), Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
        await using var database = App.OpenDatabase();
        Assert.Equal(1L, await TenantFacts.CountAsync(database, seller.TenantId, "marketplace_connections"));
    }

    [Fact]
    public async Task TheTrackedMarketplacesChangeOnlyToOnesTheSellerSellsInAndOnlyForTheTenantsOwnConnection()
    {
        var seller = await Seller.SignUpAsync(App, "Picker");
        var stranger = await Seller.SignUpAsync(App, "Stranger");
        var credentials = await SyncApp.CreateSandboxSellerAsync(App, 9311);
        var id = await SyncApp.ConnectAmazonAsync(seller, credentials, UnitedStates);
        var path = $"/api/connections/{id}/marketplaces";

        using var foreign = await stranger.Browser.SendJsonAsync(HttpMethod.Put, path, new { marketplaceIds = new[] { UnitedStates, Canada } });
        using var anonymous = new AppClient(App.Address);
        using var signedOut = await anonymous.SendJsonAsync(HttpMethod.Put, path, new { marketplaceIds = new[] { UnitedStates, Canada } });
        using var empty = await seller.Browser.SendJsonAsync(HttpMethod.Put, path, new { marketplaceIds = Array.Empty<string>() });
        using var notSold = await seller.Browser.SendJsonAsync(HttpMethod.Put, path, new { marketplaceIds = new[] { UnitedStates, Mexico } });
        using var withNul = await seller.Browser.SendJsonAsync(HttpMethod.Put, path, new { marketplaceIds = new[] { UnitedStates, "A2EUQ1WTGCTBG2\u0000" } });
        using var unknown = await seller.Browser.SendJsonAsync(HttpMethod.Put, path, new { marketplaceIds = new[] { "NOT-A-MARKETPLACE" } });
        using var twoRegions = await seller.Browser.SendJsonAsync(HttpMethod.Put, path, new { marketplaceIds = new[] { UnitedStates, "A1PA6795UKMFR9" } });
        var unchanged = Ids((await SyncApp.GetAsync(seller, "/api/connections"))[0], "marketplaceIds");
        var changed = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, path, new { marketplaceIds = new[] { Canada, UnitedStates } })));
        var narrowed = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, path, new { marketplaceIds = new[] { Canada } })));

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Contains(signedOut.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest }); // no session: no antiforgery token either
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notSold.StatusCode);
        Assert.All(new[] { withNul, unknown, twoRegions }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains(Mexico, (await AppClient.ReadAsync(notSold)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal([UnitedStates], unchanged);
        Assert.Equal([UnitedStates, Canada], Ids(changed, "marketplaceIds"));
        Assert.Equal([Canada, UnitedStates], Ids(changed, "availableMarketplaceIds").Order(StringComparer.Ordinal));
        Assert.Contains(changed.GetProperty("datasets").EnumerateArray(), d => d.GetProperty("dataset").GetString() == "orders" && d.GetProperty("marketplaceId").GetString() == Canada);
        Assert.Equal([Canada], Ids(narrowed, "marketplaceIds"));
        Assert.Equal("[]", (await SyncApp.GetAsync(stranger, "/api/connections")).ToString());
        await using var database = App.OpenDatabase();
        Assert.Equal(2L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM \"tenant_{seller.TenantId:N}\".audit_log WHERE action = 'connection.marketplaces'"));
    }

    private static Task<HttpResponseMessage> ConnectAsync(Seller seller, JsonElement credentials, object marketplaces)
    {
        var body = new Dictionary<string, object?>
        {
            ["lwaClientId"] = credentials.GetProperty("lwaClientId").GetString(),
            ["lwaClientSecret"] = credentials.GetProperty("lwaClientSecret").GetString(),
            ["refreshToken"] = credentials.GetProperty("refreshToken").GetString(),
            ["sellerId"] = credentials.GetProperty("sellerId").GetString(),
        };
        foreach (var property in JsonSerializer.SerializeToElement(marketplaces).EnumerateObject())
        {
            body[property.Name] = property.Value;
        }

        return seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/amazon", body);
    }

    private static List<string> Ids(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];
}
