using System.Text.Json;
using Sellmetrics.Sandbox.Tests.Amazon;

namespace Sellmetrics.Sandbox.Tests.Europe;

/// <summary>Catalog, listings, inventory, sales and traffic and returns of the European seller, each for the marketplace asked.</summary>
public sealed class EuropeanListingsTests
{
    [Fact]
    public async Task ListingsAndCatalogAnswerForTheAskedMarketplaceInItsCurrency()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(seed: 5030, region: "EU");
        var token = await sandbox.AmazonTokenAsync(seller);
        var sku = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, $"/listings/2021-08-01/items/{seller.SellerId}?marketplaceIds={EuropeanMarketplaces.UnitedKingdom}&pageSize=1"))
            .RootElement.GetProperty("items")[0].GetProperty("sku").GetString()!;

        var item = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, $"/listings/2021-08-01/items/{seller.SellerId}/{Uri.EscapeDataString(sku)}?marketplaceIds={EuropeanMarketplaces.UnitedKingdom}&includedData=summaries,offers,attributes")).RootElement;
        var asin = item.GetProperty("summaries")[0].GetProperty("asin").GetString();
        var catalog = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, $"/catalog/2022-04-01/items/{asin}?marketplaceIds=A13V1IB3VIYZZH&includedData=summaries,attributes")).RootElement;

        Assert.Equal(EuropeanMarketplaces.UnitedKingdom, item.GetProperty("summaries")[0].GetProperty("marketplaceId").GetString());
        Assert.Equal("GBP", item.GetProperty("offers")[0].GetProperty("price").GetProperty("currencyCode").GetString());
        Assert.Equal("GBP", item.GetProperty("attributes").GetProperty("list_price")[0].GetProperty("currency").GetString());
        Assert.Equal("A13V1IB3VIYZZH", catalog.GetProperty("summaries")[0].GetProperty("marketplaceId").GetString());
        Assert.Equal("EUR", catalog.GetProperty("attributes").GetProperty("list_price")[0].GetProperty("currency").GetString());
    }

    [Fact]
    public async Task TheEuroMarketplacesShareOnePanEuropeanStockAndTheUkHasItsOwn()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateSellerAsync(seed: 5031, region: "EU"));

        async Task<string> StockAsync(string marketplace)
        {
            sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
            return string.Join(';', JsonDocument.Parse(await sandbox.SpApiTextAsync(
                    token, $"/fba/inventory/v1/summaries?granularityType=Marketplace&granularityId={marketplace}&marketplaceIds={marketplace}&details=true"))
                .RootElement.GetProperty("payload").GetProperty("inventorySummaries").EnumerateArray()
                .Select(s => $"{s.GetProperty("sellerSku").GetString()}={s.GetProperty("inventoryDetails").GetProperty("fulfillableQuantity").GetInt32()}"));
        }

        var germany = await StockAsync(EuropeanMarketplaces.Germany);

        Assert.NotEmpty(germany);
        Assert.Equal(germany, await StockAsync("A1RKKUPIHCS9HS"));
        Assert.NotEqual(germany, await StockAsync(EuropeanMarketplaces.UnitedKingdom));
    }

    [Fact]
    public async Task SalesAndTrafficOfAMarketplaceCountItsOwnOrdersInItsCurrency()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateSellerAsync(seed: 5032, region: "EU"));

        var json = await ReportFlow.RunAsync(sandbox, token, new
        {
            reportType = "GET_SALES_AND_TRAFFIC_REPORT",
            marketplaceIds = new[] { EuropeanMarketplaces.UnitedKingdom },
            dataStartTime = "2026-05-20",
            dataEndTime = "2026-05-20",
            reportOptions = new { dateGranularity = "DAY", asinGranularity = "SKU" },
        });
        var orders = SpApiPaging.Items(
            await SpApiPaging.AllPagesAsync(sandbox, token, $"/orders/v0/orders?MarketplaceIds={EuropeanMarketplaces.UnitedKingdom}&CreatedAfter=2026-05-20T00:00:00Z&CreatedBefore=2026-05-20T23:59:59Z"),
            p => p.GetProperty("Orders")).Where(o => o.GetProperty("OrderStatus").GetString() != "Canceled").ToList();
        var sales = Assert.Single(JsonDocument.Parse(json).RootElement.GetProperty("salesAndTrafficByDate").EnumerateArray()).GetProperty("salesByDate");

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("sellerSalesAndTrafficReport.json", null), json);
        Assert.NotEmpty(orders);
        Assert.Equal("GBP", sales.GetProperty("orderedProductSales").GetProperty("currencyCode").GetString());
        Assert.Equal(orders.Sum(o => o.GetProperty("NumberOfItemsShipped").GetInt32() + o.GetProperty("NumberOfItemsUnshipped").GetInt32()), sales.GetProperty("unitsOrdered").GetInt32());
    }

    [Fact]
    public async Task ReturnsOfAMarketplaceAreItsOrdersOnly()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateSellerAsync(seed: 5033, region: "EU"));
        var window = new { dataStartTime = "2026-03-01T00:00:00Z", dataEndTime = "2026-06-01T00:00:00Z" };

        var returns = ReportFlow.Rows(await ReportFlow.RunAsync(sandbox, token, new { reportType = "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA", marketplaceIds = new[] { EuropeanMarketplaces.UnitedKingdom }, window.dataStartTime, window.dataEndTime }));
        var ukOrders = ReportFlow.Rows(await ReportFlow.RunAsync(sandbox, token, new { reportType = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL", marketplaceIds = new[] { EuropeanMarketplaces.UnitedKingdom }, dataStartTime = "2026-01-01T00:00:00Z", window.dataEndTime }))
            .Select(r => r["amazon-order-id"]).ToHashSet();

        Assert.NotEmpty(returns);
        Assert.All(returns, r => Assert.Contains(r["order-id"], ukOrders));
    }
}
