using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sellmetrics.Sandbox.Tests.Amazon;

namespace Sellmetrics.Sandbox.Tests.Control;

public sealed class ControlApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnOrderCreatedNowAppearsInGetOrdersOnceTwoMinutesHavePassedAndPostsFeesWhenItShips()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();
        var token = await sandbox.AmazonTokenAsync(seller);
        using var created = await sandbox.Http.PostAsJsonAsync($"/sandbox/control/sellers/{seller.SellerId}/orders", new { quantity = 2 }, Cancel);
        var orderId = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("amazonOrderId").GetString();
        var since = Uri.EscapeDataString(ManualClock.Start.AddHours(-1).ToString("O"));

        sandbox.Clock.Advance(TimeSpan.FromMinutes(3));
        var listed = SpApiPaging.Items(await SpApiPaging.AllPagesAsync(sandbox, token, $"/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter={since}"), p => p.GetProperty("Orders"));
        sandbox.Clock.Advance(TimeSpan.FromMinutes(30));
        var events = await sandbox.SpApiTextAsync(token, $"/finances/v0/financialEvents?PostedAfter={since}");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var order = Assert.Single(listed, o => o.GetProperty("AmazonOrderId").GetString() == orderId);
        Assert.Equal(2, order.GetProperty("NumberOfItemsUnshipped").GetInt32() + order.GetProperty("NumberOfItemsShipped").GetInt32());
        Assert.Contains(orderId!, events, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOrderPlacedTwoMinutesAgoIsListedAtOnceAndAnAgeBeyondAnHourIsRefused()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();
        var token = await sandbox.AmazonTokenAsync(seller);
        using var created = await sandbox.Http.PostAsJsonAsync($"/sandbox/control/sellers/{seller.SellerId}/orders", new { placedSecondsAgo = 130 }, Cancel);
        using var refused = await sandbox.Http.PostAsJsonAsync($"/sandbox/control/sellers/{seller.SellerId}/orders", new { placedSecondsAgo = 3601 }, Cancel);
        var orderId = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("amazonOrderId").GetString();
        var since = Uri.EscapeDataString(ManualClock.Start.AddHours(-1).ToString("O"));

        var listed = SpApiPaging.Items(await SpApiPaging.AllPagesAsync(sandbox, token, $"/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter={since}"), p => p.GetProperty("Orders"));

        Assert.Contains(listed, o => o.GetProperty("AmazonOrderId").GetString() == orderId);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task AnUnknownSkuIsAValidationProblem()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();

        using var response = await sandbox.Http.PostAsJsonAsync($"/sandbox/control/sellers/{seller.SellerId}/orders", new { sku = "NO-SUCH-SKU" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameCredentialsAndTheDefaultSellerUsesTheConfiguredSeed()
    {
        await using var sandbox = await SandboxApp.StartAsync(seed: 42);
        var byDefault = await sandbox.DefaultSellerAsync();
        var bySeed = await sandbox.CreateSellerAsync(42);
        var other = await sandbox.CreateSellerAsync(43);

        Assert.Equal(byDefault, bySeed);
        Assert.NotEqual(byDefault.SellerId, other.SellerId);
        Assert.NotEqual(byDefault.LwaClientSecret, other.LwaClientSecret);
        Assert.Equal("ATVPDKIKX0DER", other.MarketplaceId);
    }

    [Fact]
    public async Task AWalmartOrderCreatedNowIsListedAtOnceAndDeliveredWithinHalfAnHour()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();
        var token = await Walmart.WalmartCalls.AccessTokenAsync(sandbox, seller);
        using var created = await sandbox.Http.PostAsync($"/sandbox/control/sellers/{seller.SellerId}/walmart-orders", null, Cancel);
        var orderId = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("purchaseOrderId").GetString();

        var now = JsonDocument.Parse(await Walmart.WalmartCalls.TextAsync(sandbox, token, $"/v3/orders/{orderId}")).RootElement;
        sandbox.Clock.Advance(TimeSpan.FromMinutes(45));
        token = await Walmart.WalmartCalls.AccessTokenAsync(sandbox, seller);
        var later = JsonDocument.Parse(await Walmart.WalmartCalls.TextAsync(sandbox, token, $"/v3/orders/{orderId}")).RootElement;

        Assert.Equal("Created", Status(now));
        Assert.Equal("Delivered", Status(later));
    }

    private static string? Status(JsonElement order) =>
        order.GetProperty("order").GetProperty("orderLines").GetProperty("orderLine")[0].GetProperty("orderLineStatuses").GetProperty("orderLineStatus")[0].GetProperty("status").GetString();
}
