using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Walmart;

public sealed class WalmartDataTests
{
    [Fact]
    public async Task OrdersPageByReadyMadeCursorsWithoutDuplicatesAndMatchTheOrdersModel()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await WalmartCalls.AccessTokenAsync(sandbox, await sandbox.DefaultSellerAsync());
        var schema = await SpecSchemas.WalmartAsync("orders.json", "/v3/orders");

        var ids = new List<string>();
        var pages = 0;
        string? next = "?createdStartDate=2026-04-01&createdEndDate=2026-05-01&limit=25";
        while (!string.IsNullOrEmpty(next))
        {
            var text = await WalmartCalls.TextAsync(sandbox, token, "/v3/orders" + next);
            SpecSchemas.AssertValid(schema, text);
            var list = JsonDocument.Parse(text).RootElement.GetProperty("list");
            ids.AddRange(list.GetProperty("elements").GetProperty("order").EnumerateArray().Select(o => o.GetProperty("purchaseOrderId").GetString()!));
            next = list.GetProperty("meta").TryGetProperty("nextCursor", out var cursor) ? cursor.GetString() : null;
            pages++;
        }

        Assert.True(pages > 1);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task EachShipNodeTypeIsAskedForByItselfAndTheDefaultSellerSellsThroughAllThree()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await WalmartCalls.AccessTokenAsync(sandbox, await sandbox.DefaultSellerAsync());
        var counts = new Dictionary<string, int>();

        foreach (var type in new[] { "SellerFulfilled", "WFSFulfilled", "3PLFulfilled" })
        {
            var list = JsonDocument.Parse(await WalmartCalls.TextAsync(sandbox, token, $"/v3/orders?createdStartDate=2026-04-01&shipNodeType={type}&limit=200"))
                .RootElement.GetProperty("list");
            Assert.All(list.GetProperty("elements").GetProperty("order").EnumerateArray(), o => Assert.Equal(type, o.GetProperty("shipNode").GetProperty("type").GetString()));
            counts[type] = list.GetProperty("meta").GetProperty("totalCount").GetInt32();
        }

        var unfiltered = JsonDocument.Parse(await WalmartCalls.TextAsync(sandbox, token, "/v3/orders?createdStartDate=2026-04-01&limit=200"))
            .RootElement.GetProperty("list").GetProperty("elements").GetProperty("order").EnumerateArray();
        Assert.All(unfiltered, o => Assert.Equal("SellerFulfilled", o.GetProperty("shipNode").GetProperty("type").GetString()));
        Assert.True(counts["WFSFulfilled"] >= counts["SellerFulfilled"] / 2 && counts["3PLFulfilled"] > 0, $"a good share of WFS and some 3PL: {string.Join(", ", counts)}");
    }

    [Fact]
    public async Task ReturnsMatchTheReturnsModelAndBelongToDeliveredOrders()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await WalmartCalls.AccessTokenAsync(sandbox, await sandbox.DefaultSellerAsync());

        var text = await WalmartCalls.TextAsync(sandbox, token, "/v3/returns?returnCreationStartDate=2026-03-01&returnCreationEndDate=2026-06-01&limit=200");
        var returns = JsonDocument.Parse(text).RootElement.GetProperty("returnOrders").EnumerateArray().ToList();

        SpecSchemas.AssertValid(await SpecSchemas.WalmartAsync("returns.json", "/v3/returns"), text);
        Assert.NotEmpty(returns);
        foreach (var line in returns.Take(10).SelectMany(r => r.GetProperty("returnOrderLines").EnumerateArray()))
        {
            var order = JsonDocument.Parse(await WalmartCalls.TextAsync(sandbox, token, "/v3/orders/" + line.GetProperty("purchaseOrderId").GetString()))
                .RootElement.GetProperty("order");
            Assert.Equal("Delivered", order.GetProperty("orderLines").GetProperty("orderLine")[0].GetProperty("orderLineStatuses").GetProperty("orderLineStatus")[0].GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task InventoryWfsInventoryAndItemsMatchTheirModels()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await WalmartCalls.AccessTokenAsync(sandbox, await sandbox.DefaultSellerAsync());

        var items = await WalmartCalls.TextAsync(sandbox, token, "/v3/items?limit=5");
        var sku = JsonDocument.Parse(items).RootElement.GetProperty("ItemResponse")[0].GetProperty("sku").GetString();
        var inventory = await WalmartCalls.TextAsync(sandbox, token, "/v3/inventory?sku=" + Uri.EscapeDataString(sku!));
        var wfs = await WalmartCalls.TextAsync(sandbox, token, "/v3/fulfillment/inventory?limit=300");
        var item = await WalmartCalls.TextAsync(sandbox, token, "/v3/items/" + Uri.EscapeDataString(sku!) + "?productIdType=SKU");

        SpecSchemas.AssertValid(await SpecSchemas.WalmartAsync("items.json", "/v3/items"), items);
        SpecSchemas.AssertValid(await SpecSchemas.WalmartAsync("inventory.json", "/v3/inventory"), inventory);
        SpecSchemas.AssertValid(await SpecSchemas.WalmartAsync("inventory.json", "/v3/fulfillment/inventory"), wfs);
        // Walmart's own example (and the notes) answer /v3/items/{id} in the list envelope, not the schema's responseRecord.
        SpecSchemas.AssertValid(await SpecSchemas.WalmartAsync("items.json", "/v3/items"), item);
        Assert.NotEmpty(JsonDocument.Parse(wfs).RootElement.GetProperty("payload").GetProperty("inventory").EnumerateArray());
    }

    [Fact]
    public async Task ItemsPageThroughNextCursor()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await WalmartCalls.AccessTokenAsync(sandbox, await sandbox.DefaultSellerAsync());

        var skus = new List<string>();
        var cursor = "*";
        int total;
        do
        {
            var page = JsonDocument.Parse(await WalmartCalls.TextAsync(sandbox, token, $"/v3/items?limit=3&nextCursor={Uri.EscapeDataString(cursor)}")).RootElement;
            total = page.GetProperty("totalItems").GetInt32();
            skus.AddRange(page.GetProperty("ItemResponse").EnumerateArray().Select(i => i.GetProperty("sku").GetString()!));
            cursor = page.TryGetProperty("nextCursor", out var next) ? next.GetString()! : string.Empty;
        }
        while (cursor.Length > 0);

        Assert.Equal(total, skus.Distinct().Count());
    }

    [Fact]
    public async Task TheReconFileIsAZippedCsvWhoseLinesAddUpToTheTotalPayable()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await WalmartCalls.AccessTokenAsync(sandbox, await sandbox.DefaultSellerAsync());
        var dates = JsonDocument.Parse(await WalmartCalls.TextAsync(sandbox, token, "/v3/report/reconreport/availableReconFiles?reportVersion=v1"))
            .RootElement.GetProperty("availableApReportDates").EnumerateArray().Select(d => d.GetString()!).ToList();

        using var file = await WalmartCalls.GetAsync(sandbox, token, $"/v3/report/reconreport/reconFile?reportDate={dates[0]}&reportVersion=v1");
        using var zip = new ZipArchive(await file.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        using var reader = new StreamReader(Assert.Single(zip.Entries).Open());
        var lines = (await reader.ReadToEndAsync(TestContext.Current.CancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var json = JsonDocument.Parse(await WalmartCalls.TextAsync(sandbox, token, $"/v3/report/reconreport/reconFileJson?reportDate={dates[0]}&offset=0&noOfRecords=1000")).RootElement;
        var rows = json.GetProperty("reportData").EnumerateArray().ToList();

        Assert.All(dates, d => Assert.Matches(@"^\d{8}$", d));
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("Period Start Date,Period End Date,Total Payable", lines[0], StringComparison.Ordinal);
        Assert.Equal(lines.Length - 1, json.GetProperty("totalRecords").GetInt32());
        Assert.Equal("PaymentSummary", rows[0].GetProperty("Transaction Type").GetString());
        Assert.Equal(
            decimal.Parse(rows[0].GetProperty("Total Payable").GetString()!, CultureInfo.InvariantCulture),
            rows.Skip(1).Sum(r => decimal.Parse(r.GetProperty("Amount").GetString()!, CultureInfo.InvariantCulture)));
        Assert.Contains(rows, r => r.GetProperty("Amount Type").GetString() == "Commission on Product");
    }
}
