using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Amazon;

/// <summary>Every SP-API response shape the clients read validates against Amazon's own models.</summary>
public sealed class AmazonModelTests
{
    private const string Window = "CreatedAfter=2026-04-01T00:00:00Z&CreatedBefore=2026-04-03T00:00:00Z";

    [Fact]
    public async Task GetOrdersAndGetOrderItemsMatchTheOrdersV0Model()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        var orders = await SpecSchemas.AmazonAsync("ordersV0.json", "GetOrdersResponse");
        var items = await SpecSchemas.AmazonAsync("ordersV0.json", "GetOrderItemsResponse");

        var page = await sandbox.SpApiTextAsync(token, "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&" + Window);
        SpecSchemas.AssertValid(orders, page);
        foreach (var id in JsonDocument.Parse(page).RootElement.GetProperty("payload").GetProperty("Orders").EnumerateArray().Take(15)
            .Select(o => o.GetProperty("AmazonOrderId").GetString()))
        {
            SpecSchemas.AssertValid(items, await sandbox.SpApiTextAsync(token, $"/orders/v0/orders/{id}/orderItems"));
        }
    }

    [Fact]
    public async Task PendingOrdersAndTheirPricelessItemsMatchTheOrdersV0Model()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();
        var token = await sandbox.AmazonTokenAsync(seller);
        using var created = await sandbox.Http.PostAsync($"/sandbox/control/sellers/{seller.SellerId}/orders", null, TestContext.Current.CancellationToken);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("amazonOrderId").GetString();

        var items = await sandbox.SpApiTextAsync(token, $"/orders/v0/orders/{id}/orderItems");

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("ordersV0.json", "GetOrderItemsResponse"), items);
        Assert.DoesNotContain("ItemPrice", items, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FinancialEventsAndEventGroupsMatchTheFinancesV0Model()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        var events = await SpecSchemas.AmazonAsync("financesV0.json", "ListFinancialEventsResponse");
        var groups = await SpecSchemas.AmazonAsync("financesV0.json", "ListFinancialEventGroupsResponse");

        foreach (var page in await SpApiPaging.AllPagesAsync(sandbox, token, "/finances/v0/financialEvents?PostedAfter=2026-05-01T00:00:00Z&PostedBefore=2026-05-09T00:00:00Z"))
        {
            SpecSchemas.AssertValid(events, page);
        }

        SpecSchemas.AssertValid(groups, await sandbox.SpApiTextAsync(token, "/finances/v0/financialEventGroups?FinancialEventGroupStartedAfter=2026-03-01T00:00:00Z"));
    }

    [Fact]
    public async Task ErrorBodiesMatchTheErrorListModel()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        using var response = await sandbox.SpApiAsync("Atza|not-a-token", "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&" + Window);

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("ordersV0.json", "GetOrdersResponse"), await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }
}
