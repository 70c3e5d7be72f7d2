using System.Net;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Amazon;

public sealed class OrdersTests
{
    private const string May = "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2026-05-01T00:00:00Z&CreatedBefore=2026-05-08T00:00:00Z";

    [Fact]
    public async Task GetOrdersPagesThroughAWeekWithoutGapsOrDuplicatesInPurchaseOrder()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        var pages = await SpApiPaging.AllPagesAsync(sandbox, token, May + "&MaxResultsPerPage=25");
        var orders = SpApiPaging.Items(pages, p => p.GetProperty("Orders")).ToList();
        var ids = orders.Select(o => o.GetProperty("AmazonOrderId").GetString()).ToList();
        var dates = orders.Select(o => DateTimeOffset.Parse(o.GetProperty("PurchaseDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.True(pages.Count > 2, $"expected several pages, got {pages.Count}");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(dates.Order(), dates);
        Assert.All(dates, d => Assert.InRange(d, new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 5, 8, 0, 0, 0, TimeSpan.Zero)));
        Assert.All(ids, id => Assert.Matches(@"^\d{3}-\d{7}-\d{7}$", id));
    }

    [Fact]
    public async Task OrdersShowADailyAndWeeklyRhythmAndSomeMultiUnitAndCancelledOrders()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        var pages = await SpApiPaging.AllPagesAsync(sandbox, token, "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2026-03-01T00:00:00Z&CreatedBefore=2026-04-01T00:00:00Z");
        var orders = SpApiPaging.Items(pages, p => p.GetProperty("Orders")).ToList();
        var perDay = orders.GroupBy(o => o.GetProperty("PurchaseDate").GetString()![..10]).Select(g => g.Count()).ToList();

        Assert.Equal(31, perDay.Count);
        Assert.True(perDay.Max() > perDay.Min(), "order counts vary from day to day");
        Assert.Contains(orders, o => o.GetProperty("OrderStatus").GetString() == "Canceled");
        Assert.Contains(orders, o => o.GetProperty("NumberOfItemsShipped").GetInt32() > 1);
        Assert.Contains(orders, o => o.GetProperty("FulfillmentChannel").GetString() == "AFN");
    }

    [Fact]
    public async Task ABeforeDateLaterThanTwoMinutesAgoIsInvalidInput()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        var tooLate = Uri.EscapeDataString(ManualClock.Start.AddMinutes(-1).ToString("O"));

        using var response = await sandbox.SpApiAsync(token, $"/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2026-06-01T00:00:00Z&CreatedBefore={tooLate}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidInput", json.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.True(response.Headers.Contains("x-amzn-RateLimit-Limit"));
    }

    [Fact]
    public async Task CreatedAfterAndLastUpdatedAfterTogetherAreInvalidInput()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        using var response = await sandbox.SpApiAsync(token, "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2026-06-01T00:00:00Z&LastUpdatedAfter=2026-06-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task LastUpdatedAfterFindsOrdersThatShippedInTheWindowEvenIfBoughtBeforeIt()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        var pages = await SpApiPaging.AllPagesAsync(sandbox, token, "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&LastUpdatedAfter=2026-05-10T00:00:00Z&LastUpdatedBefore=2026-05-11T00:00:00Z");
        var orders = SpApiPaging.Items(pages, p => p.GetProperty("Orders")).ToList();

        Assert.NotEmpty(orders);
        Assert.All(orders, o => Assert.StartsWith("2026-05-10", o.GetProperty("LastUpdateDate").GetString(), StringComparison.Ordinal));
        Assert.Contains(orders, o => o.GetProperty("PurchaseDate").GetString()!.StartsWith("2026-05-09", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OrderItemsCarryLinePricesAsStringMoney()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        var pages = await SpApiPaging.AllPagesAsync(sandbox, token, May);
        var order = SpApiPaging.Items(pages, p => p.GetProperty("Orders")).First(o => o.GetProperty("OrderStatus").GetString() == "Shipped");

        var text = await sandbox.SpApiTextAsync(token, $"/orders/v0/orders/{order.GetProperty("AmazonOrderId").GetString()}/orderItems");
        var items = JsonDocument.Parse(text).RootElement.GetProperty("payload").GetProperty("OrderItems");
        var total = items.EnumerateArray().Sum(i =>
            Amount(i, "ItemPrice") + Amount(i, "ItemTax") + Amount(i, "ShippingPrice") + Amount(i, "ShippingTax") - Amount(i, "PromotionDiscount"));

        Assert.Equal(Amount(order, "OrderTotal"), total);
    }

    private static decimal Amount(JsonElement element, string name) =>
        decimal.Parse(element.GetProperty(name).GetProperty("Amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
}
