using System.Net;
using System.Text;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

public sealed class ApiTests(SandboxSyncApp fixture) : IClassFixture<SandboxSyncApp>
{
    [Fact]
    public async Task AUnitCostCsvIsImportedWholeOrNotAtAllWithEveryBadRowNamed()
    {
        var app = fixture.App;
        var seller = await Seller.SignUpAsync(app, "Importer");
        await using var database = app.OpenDatabase();

        var bad = await PostCsvAsync(seller, "sku,unitCost,currency,effectiveFrom\nMUG-1,4.50,USD,2026-01-01\nMUG-2,-3,USD,2026-01-01\nMUG-3,2.00,dollars,01/02/2026\n");
        var problem = await AppClient.ReadAsync(bad);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("row 2: unitCost", out _));
        Assert.True(errors.TryGetProperty("row 3: currency", out _));
        Assert.True(errors.TryGetProperty("row 3: effectiveFrom", out _));
        Assert.False(errors.TryGetProperty("row 1: unitCost", out _));
        Assert.Equal(0L, await TenantFacts.CountAsync(database, seller.TenantId, "cogs"));

        var good = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await PostCsvAsync(
            seller, "SKU,UnitCost,Currency,EffectiveFrom,MarketplaceId\nMUG-1,4.50,usd,2026-01-01,ATVPDKIKX0DER\nMUG-1,5.00,USD,2026-06-01,ATVPDKIKX0DER\nLAMP-1,12,USD,2026-01-01,WALMART_US\n")));
        Assert.Equal(3, good.GetProperty("imported").GetInt32());
        Assert.Equal(3L, await TenantFacts.CountAsync(database, seller.TenantId, "cogs"));
        var products = await SyncApp.GetAsync(seller, "/api/products?from=2026-06-01&to=2026-06-30");
        Assert.Contains(products.EnumerateArray(), p => p.GetProperty("sku").GetString() == "MUG-1" && p.GetProperty("unitCost").GetDecimal() == 5.00m);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostCsvAsync(seller, "name,price\nx,1\n")).StatusCode);
    }

    [Fact]
    public async Task TheSellersInventoryReturnsReimbursementsAndTrafficAreServedAndBadRangesRefused()
    {
        var app = fixture.App;
        var seller = await Seller.SignUpAsync(app, "Ledger");
        await SyncApp.ConnectAmazonAsync(seller, await SyncApp.CreateSandboxSellerAsync(app, 7501));
        await SyncApp.WaitForImportAsync(seller);
        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var range = $"from={to.AddDays(-40):yyyy-MM-dd}&to={to:yyyy-MM-dd}";

        Assert.NotEmpty((await SyncApp.GetAsync(seller, "/api/inventory")).EnumerateArray());
        Assert.Contains((await SyncApp.GetAsync(seller, $"/api/returns?{range}")).EnumerateArray(), r => r.GetProperty("disposition").GetString() is { Length: > 0 });
        Assert.NotEmpty((await SyncApp.GetAsync(seller, $"/api/reimbursements?{range}")).EnumerateArray());
        Assert.Contains((await SyncApp.GetAsync(seller, $"/api/traffic?{range}")).EnumerateArray(), t => t.GetProperty("sessions").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.BadRequest, (await seller.Browser.GetAsync("/api/returns?from=2026-02-30&to=yesterday")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await seller.Browser.GetAsync("/api/profit/summary?from=2026-05-01&to=2026-04-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await seller.Browser.GetAsync($"/api/profit/daily?{range}&marketplace=x'--")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/profit/summary?{range}")).StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheProfitAndConnectionRoutes()
    {
        var app = fixture.App;

        var document = (await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await app.CreateClient().GetAsync("/openapi/v1.json")))).GetProperty("paths");

        foreach (var path in new[] { "/api/profit/summary", "/api/profit/daily", "/api/products", "/api/connections/amazon", "/api/products/cogs", "/api/inventory" })
        {
            Assert.True(document.TryGetProperty(path, out _), path);
        }
    }

    private static Task<HttpResponseMessage> PostCsvAsync(Seller seller, string csv) =>
        seller.Browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/products/cogs") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") });
}
