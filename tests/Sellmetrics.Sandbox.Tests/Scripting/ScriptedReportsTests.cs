using System.Text.Json;
using Sellmetrics.Sandbox.Tests.Amazon;

namespace Sellmetrics.Sandbox.Tests.Scripting;

public sealed class ScriptedReportsTests
{
    private static readonly string[] Us = [GoldenScript.Us];

    [Fact]
    public async Task TheReturnsAndReimbursementsReportsListTheScriptedReturnAndReimbursement()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateScriptedSellerAsync(GoldenScript.For(9201)));

        var returns = ReportFlow.Rows(await ReportFlow.RunAsync(sandbox, token, Spec("GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA", Us)));
        var reimbursements = ReportFlow.Rows(await ReportFlow.RunAsync(sandbox, token, Spec("GET_FBA_REIMBURSEMENTS_DATA", Us)));

        var returned = Assert.Single(returns);
        Assert.Equal(("2026-06-10T12:00:00+00:00", "111-0000001-0000001", "MUG-01", "1", "SELLABLE"),
            (returned["return-date"], returned["order-id"], returned["sku"], returned["quantity"], returned["detailed-disposition"]));
        var reimbursed = Assert.Single(reimbursements);
        Assert.Equal(("2026-06-09T10:00:00+00:00", "Lost_Warehouse", "MUG-01", "USD", "8.00", "8.00", "1"),
            (reimbursed["approval-date"], reimbursed["reason"], reimbursed["sku"], reimbursed["currency-unit"], reimbursed["amount-per-unit"], reimbursed["amount-total"], reimbursed["quantity-reimbursed-total"]));
    }

    [Fact]
    public async Task TheAllOrdersReportHasARowPerScriptedOrderLineOfTheRequestedMarketplace()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateScriptedSellerAsync(GoldenScript.For(9202)));

        var us = ReportFlow.Rows(await ReportFlow.RunAsync(sandbox, token, Spec("GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL", Us)));
        var canada = ReportFlow.Rows(await ReportFlow.RunAsync(sandbox, token, Spec("GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL", [GoldenScript.Canada])));

        Assert.Equal([("111-0000001-0000001", "Shipped"), ("111-0000002-0000002", "Cancelled")], us.Select(r => (r["amazon-order-id"], r["item-status"])));
        Assert.Equal(("40.00", "3.00", "-5.00", "-4.99", "USD"), (us[0]["item-price"], us[0]["gift-wrap-price"], us[0]["item-promotion-discount"], us[0]["ship-promotion-discount"], us[0]["currency"]));
        var row = Assert.Single(canada);
        Assert.Equal(("702-0000003-0000003", "CAD", "25.00", "Amazon.ca"), (row["amazon-order-id"], row["currency"], row["item-price"], row["sales-channel"]));
    }

    [Fact]
    public async Task TheSalesAndTrafficReportCountsTheScriptedTrafficAndOrdersOfEachDay()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateScriptedSellerAsync(GoldenScript.For(9203)));

        var json = await ReportFlow.RunAsync(sandbox, token, new
        {
            reportType = "GET_SALES_AND_TRAFFIC_REPORT",
            marketplaceIds = Us,
            dataStartTime = "2026-06-03",
            dataEndTime = "2026-06-04",
            reportOptions = new { dateGranularity = "DAY", asinGranularity = "SKU" },
        });

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("sellerSalesAndTrafficReport.json", null), json);
        var root = JsonDocument.Parse(json).RootElement;
        var days = root.GetProperty("salesAndTrafficByDate").EnumerateArray().ToList();
        Assert.Equal([40, 0], days.Select(d => d.GetProperty("trafficByDate").GetProperty("sessions").GetInt32()));
        Assert.Equal([55, 0], days.Select(d => d.GetProperty("trafficByDate").GetProperty("pageViews").GetInt32()));
        Assert.Equal(15, days[0].GetProperty("trafficByDate").GetProperty("browserSessions").GetInt32());
        Assert.Equal(2, days[0].GetProperty("salesByDate").GetProperty("unitsOrdered").GetInt32());
        Assert.Equal(40.00m, days[0].GetProperty("salesByDate").GetProperty("orderedProductSales").GetProperty("amount").GetDecimal());
        Assert.Equal(2, days[1].GetProperty("salesByDate").GetProperty("unitsShipped").GetInt32());
        var rows = root.GetProperty("salesAndTrafficByAsin").EnumerateArray()
            .Select(a => (a.GetProperty("sku").GetString(), a.GetProperty("trafficByAsin").GetProperty("sessions").GetInt32(), a.GetProperty("trafficByAsin").GetProperty("pageViews").GetInt32()));
        Assert.Equal([("MUG-01", 40, 55), ("TEE-01", 0, 0)], rows);
    }

    private static object Spec(string reportType, string[] marketplaceIds) => new
    {
        reportType,
        marketplaceIds,
        dataStartTime = "2026-06-01T00:00:00Z",
        dataEndTime = "2026-06-14T00:00:00Z",
    };
}
