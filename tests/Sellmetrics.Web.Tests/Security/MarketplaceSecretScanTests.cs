using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;
using Sellmetrics.Web.Tests.Sync;

namespace Sellmetrics.Web.Tests.Security;

public sealed class MarketplaceSecretScanTests(TestPostgres postgres)
{
    [Fact]
    public async Task NoMarketplaceClientSecretOrRefreshTokenAppearsInALogLineOrAsPlainTextInTheDatabase()
    {
        await using var app = await SyncApp.StartAsync(postgres);
        var admin = await Seller.SignUpAdminAsync(app);
        var seller = await Seller.SignUpAsync(app, "Guarded");
        var credentials = await SyncApp.CreateSandboxSellerAsync(app, 7301);
        var fakeSecret = $"Canary-Client-Secret-{Guid.NewGuid():N}";
        var fakeToken = $"Atzr|Canary-Refresh-Token-{Guid.NewGuid():N}";

        await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/amazon", new
        {
            lwaClientId = credentials.GetProperty("lwaClientId").GetString(),
            lwaClientSecret = fakeSecret,
            refreshToken = fakeToken,
            sellerId = credentials.GetProperty("sellerId").GetString(),
            marketplaceId = "ATVPDKIKX0DER",
        });
        await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/walmart", new { clientId = "canary-walmart-client", clientSecret = fakeSecret });
        var connectionId = await SyncApp.ConnectAmazonAsync(seller, credentials);
        await SyncApp.WaitForImportAsync(seller);
        await SyncApp.ControlAsync(app, $"sellers/{credentials.GetProperty("sellerId").GetString()}/revoke", new { });
        await seller.Browser.SendJsonAsync(HttpMethod.Post, $"/api/connections/{connectionId}/sync");
        await SyncApp.WaitForStatusAsync(seller, "revoked");
        var adminView = (await AppClient.ReadAsync(await admin.Browser.GetAsync($"/api/admin/tenants/{seller.TenantId}"))).ToString();
        await admin.Browser.SendJsonAsync(HttpMethod.Post, "/api/admin/encryption/rotate");
        var shown = (await SyncApp.GetAsync(seller, "/api/connections")).ToString();

        string[] secrets = [fakeSecret, fakeToken, credentials.GetProperty("lwaClientSecret").GetString()!, credentials.GetProperty("refreshToken").GetString()!];
        Assert.Contains("Amazon.com", adminView, StringComparison.Ordinal);
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, adminView, StringComparison.Ordinal));
        var leaks = app.Logs.Lines.SelectMany(line => secrets.Where(line.Contains).Select(found => $"{found[..8]}… in: {line[..Math.Min(120, line.Length)]}")).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{app.Logs.Lines.Count} log lines scanned for {secrets.Length} marketplace secrets; {leaks.Count} found");
        Assert.True(app.Logs.Lines.Count > 20, "the app logged almost nothing, so the scan proves nothing");
        Assert.Empty(leaks);
        Assert.DoesNotContain(secrets, s => shown.Contains(s, StringComparison.Ordinal));

        await using var database = app.OpenDatabase();
        Assert.Empty(await TenantTraces.FindAsync(database, secrets));
    }
}
