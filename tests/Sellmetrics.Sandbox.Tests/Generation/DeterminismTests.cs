namespace Sellmetrics.Sandbox.Tests.Generation;

public sealed class DeterminismTests
{
    private const string Orders = "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2025-12-01T00:00:00Z&CreatedBefore=2025-12-04T00:00:00Z&MaxResultsPerPage=20";
    private const string Events = "/finances/v0/financialEvents?PostedAfter=2025-12-01T00:00:00Z&PostedBefore=2025-12-03T00:00:00Z&MaxResultsPerPage=50";

    [Fact]
    public async Task TheSameSeedGivesTheSameSellerByteForByteInSeparateSandboxes()
    {
        var first = await PagesAsync(seed: 1234);
        var second = await PagesAsync(seed: 1234);

        Assert.True(first.Count > 4, "several pages compared");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task DifferentSeedsGiveDifferentSellers()
    {
        var first = await PagesAsync(seed: 1234);
        var second = await PagesAsync(seed: 4321);

        Assert.NotEqual(first, second);
    }

    private static async Task<List<string>> PagesAsync(long seed)
    {
        await using var sandbox = await SandboxApp.StartAsync(seed);
        var seller = await sandbox.CreateSellerAsync(seed);
        var token = await sandbox.AmazonTokenAsync(seller);
        var pages = new List<string> { System.Text.Json.JsonSerializer.Serialize(seller) };
        pages.AddRange(await Amazon.SpApiPaging.AllPagesAsync(sandbox, token, Orders));
        pages.AddRange(await Amazon.SpApiPaging.AllPagesAsync(sandbox, token, Events));
        var walmart = await Walmart.WalmartCalls.AccessTokenAsync(sandbox, seller);
        pages.Add(await Walmart.WalmartCalls.TextAsync(sandbox, walmart, "/v3/orders?createdStartDate=2026-05-01&createdEndDate=2026-05-08&limit=50"));
        return pages;
    }
}
