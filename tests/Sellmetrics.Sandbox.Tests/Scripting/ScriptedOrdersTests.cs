using System.Text.Json;
using Sellmetrics.Sandbox.Tests.Amazon;

namespace Sellmetrics.Sandbox.Tests.Scripting;

public sealed class ScriptedOrdersTests
{
    private const string Since = "CreatedAfter=2026-06-01T00:00:00Z";

    [Fact]
    public async Task GetOrdersAndGetOrderItemsServeTheScriptedOrdersExactly()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateScriptedSellerAsync(GoldenScript.For(9001)));

        var page = await sandbox.SpApiTextAsync(token, $"/orders/v0/orders?MarketplaceIds={GoldenScript.Us}&{Since}");
        var items = await sandbox.SpApiTextAsync(token, "/orders/v0/orders/111-0000001-0000001/orderItems");

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("ordersV0.json", "GetOrdersResponse"), page);
        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("ordersV0.json", "GetOrderItemsResponse"), items);
        var orders = JsonDocument.Parse(page).RootElement.GetProperty("payload").GetProperty("Orders").EnumerateArray().ToList();
        Assert.Equal(["111-0000001-0000001", "111-0000002-0000002"], orders.Select(o => o.GetProperty("AmazonOrderId").GetString()));
        Assert.Equal(["Shipped", "Canceled"], orders.Select(o => o.GetProperty("OrderStatus").GetString()));
        Assert.Equal(["2026-06-04T10:00:00Z", "2026-06-05T09:00:00Z"], orders.Select(o => o.GetProperty("LastUpdateDate").GetString()));
        Assert.Equal("41.44", orders[0].GetProperty("OrderTotal").GetProperty("Amount").GetString());
        var item = Assert.Single(JsonDocument.Parse(items).RootElement.GetProperty("payload").GetProperty("OrderItems").EnumerateArray());
        Assert.Equal(("MUG-01", "B0GOLD0001", 2), (item.GetProperty("SellerSKU").GetString(), item.GetProperty("ASIN").GetString(), item.GetProperty("QuantityOrdered").GetInt32()));
        Assert.Equal(
            ["40.00", "3.20", "4.99", "4.99", "5.00", "3.00"],
            new[] { "ItemPrice", "ItemTax", "ShippingPrice", "ShippingDiscount", "PromotionDiscount" }.Select(p => Amount(item.GetProperty(p)))
                .Append(Amount(item.GetProperty("BuyerInfo").GetProperty("GiftWrapPrice"))));
        Assert.Equal("PROMO1", item.GetProperty("PromotionIds")[0].GetString());
    }

    [Fact]
    public async Task ACadOrderIsServedOnlyWhenTheCanadianMarketplaceIsAskedFor()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateScriptedSellerAsync(GoldenScript.For(9002)));

        var canada = await OrdersAsync(sandbox, token, GoldenScript.Canada);
        var us = await OrdersAsync(sandbox, token, GoldenScript.Us);
        var both = await OrdersAsync(sandbox, token, $"{GoldenScript.Us},{GoldenScript.Canada}");

        var order = Assert.Single(canada);
        Assert.Equal("702-0000003-0000003", order.GetProperty("AmazonOrderId").GetString());
        Assert.Equal((GoldenScript.Canada, "Amazon.ca"), (order.GetProperty("MarketplaceId").GetString(), order.GetProperty("SalesChannel").GetString()));
        Assert.Equal(("CAD", "28.25"), (order.GetProperty("OrderTotal").GetProperty("CurrencyCode").GetString(), order.GetProperty("OrderTotal").GetProperty("Amount").GetString()));
        Assert.DoesNotContain(us, o => o.GetProperty("AmazonOrderId").GetString() == "702-0000003-0000003");
        Assert.Equal(3, both.Count);
    }

    [Fact]
    public async Task AScriptedOrderAppearsOnceTheClockPassesItsPurchaseAndHasNoLiveCompany()
    {
        await using var sandbox = await SandboxApp.StartAsync(settings: new Dictionary<string, string?> { ["Sandbox:LiveOrdersPerMinute"] = "0" });
        var seller = await sandbox.CreateScriptedSellerAsync(GoldenScript.For(9003));
        var token = await sandbox.AmazonTokenAsync(seller);
        using var early = await sandbox.SpApiAsync(token, "/orders/v0/orders/111-0000004-0000004/orderItems");

        sandbox.Clock.Advance(TimeSpan.FromDays(1));
        token = await sandbox.AmazonTokenAsync(seller);
        var later = await OrdersAsync(sandbox, token, GoldenScript.Us);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, early.StatusCode);
        Assert.Equal(["111-0000001-0000001", "111-0000002-0000002", "111-0000004-0000004"], later.Select(o => o.GetProperty("AmazonOrderId").GetString()));
        Assert.Equal("Unshipped", later[2].GetProperty("OrderStatus").GetString());
    }

    private static async Task<List<JsonElement>> OrdersAsync(SandboxApp sandbox, string token, string marketplaceIds) =>
        [.. SpApiPaging.Items(await SpApiPaging.AllPagesAsync(sandbox, token, $"/orders/v0/orders?MarketplaceIds={marketplaceIds}&{Since}"), p => p.GetProperty("Orders"))];

    private static string? Amount(JsonElement money) => money.GetProperty("Amount").GetString();
}
