namespace Sellmetrics.Marketplaces.Tests.Sandbox;

public sealed class AmazonOrdersSandboxTests
{
    [Fact]
    public async Task EveryOrderUpdatedInTheWindowIsReadAcrossAllPagesExactlyOnce()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 3600);
        var seller = await sandbox.CreateSellerAsync(seed: 101);
        var api = sandbox.Amazon(seller);
        var since = DateTimeOffset.UtcNow.AddDays(-30);
        var ct = TestContext.Current.CancellationToken;

        var orders = new List<Amazon.Orders.Order>();
        await foreach (var order in api.GetOrdersUpdatedSinceAsync(since, ct))
        {
            orders.Add(order);
        }

        var firstPage = await api.GetOrdersPageAsync(since, null, ct);
        Assert.NotNull(firstPage.NextToken);
        Assert.True(orders.Count > firstPage.Orders!.Count, $"expected more than one page, got {orders.Count} orders");
        Assert.Equal(orders.Count, orders.Select(o => o.AmazonOrderId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(orders, o => Assert.True(o.LastUpdateDate >= since.AddSeconds(-1)));
        Assert.Equal(firstPage.Orders.Select(o => o.AmazonOrderId), orders.Take(firstPage.Orders.Count).Select(o => o.AmazonOrderId));
    }

    [Fact]
    public async Task OrderItemsCarryPricesAsDecimals()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 3600);
        var seller = await sandbox.CreateSellerAsync(seed: 102);
        var api = sandbox.Amazon(seller);
        var ct = TestContext.Current.CancellationToken;
        var page = await api.GetOrdersPageAsync(DateTimeOffset.UtcNow.AddDays(-20), null, ct);
        var shipped = page.Orders!.First(o => o.OrderStatus == "Shipped");

        var items = new List<Amazon.Orders.OrderItem>();
        await foreach (var item in api.GetOrderItemsAsync(shipped.AmazonOrderId, ct))
        {
            items.Add(item);
        }

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(i.ItemPrice!.Amount > 0m));
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.SellerSku)));
        Assert.Equal(shipped.OrderTotal?.CurrencyCode, items[0].ItemPrice!.CurrencyCode);
    }
}
