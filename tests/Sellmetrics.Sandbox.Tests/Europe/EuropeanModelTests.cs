using System.Text.Json;
using Sellmetrics.Sandbox.Tests.Amazon;

namespace Sellmetrics.Sandbox.Tests.Europe;

/// <summary>The European seller's orders, items, events and event groups validate against Amazon's models.</summary>
public sealed class EuropeanModelTests
{
    [Fact]
    public async Task EuropeanOrdersEventsAndGroupsMatchTheOrdersAndFinancesModels()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateSellerAsync(seed: 5040, region: "EU"));
        var orders = await SpecSchemas.AmazonAsync("ordersV0.json", "GetOrdersResponse");
        var items = await SpecSchemas.AmazonAsync("ordersV0.json", "GetOrderItemsResponse");
        var events = await SpecSchemas.AmazonAsync("financesV0.json", "ListFinancialEventsResponse");

        var page = await sandbox.SpApiTextAsync(token, $"/orders/v0/orders?MarketplaceIds={string.Join(',', EuropeanMarketplaces.All.Select(m => m.Id))}&CreatedAfter=2026-04-01T00:00:00Z&CreatedBefore=2026-04-02T00:00:00Z");
        SpecSchemas.AssertValid(orders, page);
        foreach (var id in JsonDocument.Parse(page).RootElement.GetProperty("payload").GetProperty("Orders").EnumerateArray().Take(10).Select(o => o.GetProperty("AmazonOrderId").GetString()))
        {
            SpecSchemas.AssertValid(items, await sandbox.SpApiTextAsync(token, $"/orders/v0/orders/{id}/orderItems"));
        }

        var pages = await SpApiPaging.AllPagesAsync(sandbox, token, "/finances/v0/financialEvents?PostedAfter=2026-04-01T00:00:00Z&PostedBefore=2026-05-01T00:00:00Z");
        Assert.All(pages, p => SpecSchemas.AssertValid(events, p));
        SpecSchemas.AssertValid(
            await SpecSchemas.AmazonAsync("financesV0.json", "ListFinancialEventGroupsResponse"),
            await sandbox.SpApiTextAsync(token, "/finances/v0/financialEventGroups?FinancialEventGroupStartedAfter=2026-03-01T00:00:00Z"));
    }
}
