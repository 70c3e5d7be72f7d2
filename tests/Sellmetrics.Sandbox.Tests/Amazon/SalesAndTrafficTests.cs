using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Amazon;

public sealed class SalesAndTrafficTests
{
    [Fact]
    public async Task TheSalesAndTrafficDocumentMatchesItsSchemaAndCountsTheSameUnitsAsGetOrders()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        var json = await ReportFlow.RunAsync(sandbox, token, new
        {
            reportType = "GET_SALES_AND_TRAFFIC_REPORT",
            marketplaceIds = new[] { "ATVPDKIKX0DER" },
            dataStartTime = "2026-05-20",
            dataEndTime = "2026-05-20",
            reportOptions = new { dateGranularity = "DAY", asinGranularity = "SKU" },
        });
        var orders = SpApiPaging.Items(
            await SpApiPaging.AllPagesAsync(sandbox, token, "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2026-05-20T00:00:00Z&CreatedBefore=2026-05-20T23:59:59Z"),
            p => p.GetProperty("Orders")).Where(o => o.GetProperty("OrderStatus").GetString() != "Canceled").ToList();
        var root = JsonDocument.Parse(json).RootElement;
        var day = Assert.Single(root.GetProperty("salesAndTrafficByDate").EnumerateArray());
        var byAsin = root.GetProperty("salesAndTrafficByAsin").EnumerateArray().ToList();

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("sellerSalesAndTrafficReport.json", null), json);
        Assert.Equal("2026-05-20", day.GetProperty("date").GetString());
        Assert.Equal(orders.Sum(o => o.GetProperty("NumberOfItemsShipped").GetInt32() + o.GetProperty("NumberOfItemsUnshipped").GetInt32()),
            day.GetProperty("salesByDate").GetProperty("unitsOrdered").GetInt32());
        Assert.All(byAsin, a => Assert.True(
            a.GetProperty("trafficByAsin").GetProperty("sessions").GetInt32() >= a.GetProperty("salesByAsin").GetProperty("unitsOrdered").GetInt32()));
        Assert.All(byAsin, a => Assert.False(string.IsNullOrEmpty(a.GetProperty("sku").GetString())));
        Assert.Equal(byAsin.Sum(a => a.GetProperty("trafficByAsin").GetProperty("sessions").GetInt32()), day.GetProperty("trafficByDate").GetProperty("sessions").GetInt32());
    }

    [Fact]
    public async Task TheAllOrdersReportListsEachOrderLineUpdatedInTheWindow()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        var rows = ReportFlow.Rows(await ReportFlow.RunAsync(sandbox, token, new
        {
            reportType = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL",
            marketplaceIds = new[] { "ATVPDKIKX0DER" },
            dataStartTime = "2026-05-10T00:00:00Z",
            dataEndTime = "2026-05-11T00:00:00Z",
        }));
        var orders = SpApiPaging.Items(
            await SpApiPaging.AllPagesAsync(sandbox, token, "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&LastUpdatedAfter=2026-05-10T00:00:00Z&LastUpdatedBefore=2026-05-11T00:00:00Z"),
            p => p.GetProperty("Orders"));

        Assert.Equal(orders.Select(o => o.GetProperty("AmazonOrderId").GetString()).Order(), rows.Select(r => r["amazon-order-id"]).Distinct().Order());
        Assert.Equal("amazon-order-id", rows[0].Keys.First());
        Assert.Equal("price-designation", rows[0].Keys.Last());
    }
}
