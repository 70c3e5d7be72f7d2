using Sellmetrics.Marketplaces.Amazon.Inventory;

namespace Sellmetrics.Marketplaces.Tests.Sandbox;

public sealed class AmazonCatalogSandboxTests
{
    [Fact]
    public async Task InventorySummariesOfEverySkuAreReadAcrossAllPages()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 3600);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 401));

        var summaries = new List<InventorySummary>();
        await foreach (var summary in api.GetInventorySummariesAsync(null, TestContext.Current.CancellationToken))
        {
            summaries.Add(summary);
        }

        Assert.NotEmpty(summaries);
        Assert.Equal(summaries.Count, summaries.Select(s => s.SellerSku).Distinct(StringComparer.Ordinal).Count());
        Assert.All(summaries, s => Assert.NotNull(s.InventoryDetails));
        Assert.Contains(summaries, s => s.InventoryDetails!.FulfillableQuantity > 0);
    }

    [Fact]
    public async Task TheCatalogItemAndTheListingOfASoldSkuAreRead()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 3600);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 402));
        var ct = TestContext.Current.CancellationToken;
        var order = (await api.GetOrdersPageAsync(DateTimeOffset.UtcNow.AddDays(-10), null, ct)).Orders!.First(o => o.OrderStatus == "Shipped");
        var item = await api.GetOrderItemsAsync(order.AmazonOrderId, ct).FirstAsync(ct);

        var catalog = await api.GetCatalogItemAsync(item.Asin, ct);
        var listing = await api.GetListingsItemAsync(item.SellerSku!, ct);

        Assert.NotNull(catalog);
        Assert.Equal(item.Asin, catalog.Asin);
        Assert.False(string.IsNullOrEmpty(Assert.Single(catalog.Summaries!).ItemName));
        Assert.NotNull(listing);
        Assert.Equal(item.SellerSku, listing.Sku);
        Assert.Equal(item.Asin, listing.Summaries![0].Asin);
        Assert.True(listing.Offers![0].Price.Amount > 0m);
    }

    [Fact]
    public async Task AnUnknownAsinOrSkuIsNullRatherThanAnError()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 3600);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 403));
        var ct = TestContext.Current.CancellationToken;

        Assert.Null(await api.GetCatalogItemAsync("B0NOTEXIST", ct));
        Assert.Null(await api.GetListingsItemAsync("NO-SUCH/SKU", ct));
    }
}
