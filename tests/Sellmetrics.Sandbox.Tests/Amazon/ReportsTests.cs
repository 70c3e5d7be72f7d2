using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Amazon;

public sealed class ReportsTests
{
    private static readonly string[] ReturnsHeader =
    [
        "return-date", "order-id", "sku", "asin", "fnsku", "product-name", "quantity", "fulfillment-center-id",
        "detailed-disposition", "reason", "status", "license-plate-number", "customer-comments",
    ];

    [Fact]
    public async Task AReportGoesFromInQueueToInProgressToDoneAndItsGzipDocumentHasTheDocumentedColumns()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        var reportId = await ReportFlow.CreateAsync(sandbox, token, Returns("2026-03-01T00:00:00Z", "2026-06-01T00:00:00Z"));

        var queued = await ReportFlow.ReportAsync(sandbox, token, reportId);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(11));
        var running = await ReportFlow.ReportAsync(sandbox, token, reportId);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(40));
        var done = await ReportFlow.ReportAsync(sandbox, token, reportId);
        var tsv = await ReportFlow.DocumentAsync(sandbox, token, done.GetProperty("reportDocumentId").GetString()!);

        Assert.Equal("IN_QUEUE", queued.GetProperty("processingStatus").GetString());
        Assert.Equal("IN_PROGRESS", running.GetProperty("processingStatus").GetString());
        Assert.Equal("DONE", done.GetProperty("processingStatus").GetString());
        Assert.False(queued.TryGetProperty("reportDocumentId", out _));
        Assert.Equal(ReturnsHeader, tsv.Split('\n')[0].Split('\t'));
        Assert.NotEmpty(ReportFlow.Rows(tsv));
    }

    [Fact]
    public async Task ReportShapesMatchTheReportsModel()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        using var created = await sandbox.SpApiAsync(token, "/reports/2021-06-30/reports", HttpMethod.Post,
            System.Net.Http.Json.JsonContent.Create(Returns("2026-03-01T00:00:00Z", "2026-06-01T00:00:00Z")));
        var createdText = await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var reportId = JsonDocument.Parse(createdText).RootElement.GetProperty("reportId").GetString();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(1));

        var report = await sandbox.SpApiTextAsync(token, $"/reports/2021-06-30/reports/{reportId}");
        var document = await sandbox.SpApiTextAsync(token, $"/reports/2021-06-30/documents/{JsonDocument.Parse(report).RootElement.GetProperty("reportDocumentId").GetString()}");
        var list = await sandbox.SpApiTextAsync(token, "/reports/2021-06-30/reports?reportTypes=GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA,GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2");

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("reports_2021-06-30.json", "CreateReportResponse"), createdText);
        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("reports_2021-06-30.json", "Report"), report);
        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("reports_2021-06-30.json", "ReportDocument"), document);
        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("reports_2021-06-30.json", "GetReportsResponse"), list);
    }

    [Fact]
    public async Task AReportWithNothingInItsWindowEndsCancelledWithoutADocument()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        var reportId = await ReportFlow.CreateAsync(sandbox, token, Returns("2026-06-01T03:00:00Z", "2026-06-01T03:00:01Z"));

        sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
        var report = await ReportFlow.ReportAsync(sandbox, token, reportId);

        Assert.Equal("CANCELLED", report.GetProperty("processingStatus").GetString());
        Assert.False(report.TryGetProperty("reportDocumentId", out _));
    }

    [Fact]
    public async Task ADocumentUrlExpiresAfterFiveMinutes()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        var reportId = await ReportFlow.CreateAsync(sandbox, token, Returns("2026-03-01T00:00:00Z", "2026-06-01T00:00:00Z"));
        sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
        var documentId = (await ReportFlow.ReportAsync(sandbox, token, reportId)).GetProperty("reportDocumentId").GetString();
        var url = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, $"/reports/2021-06-30/documents/{documentId}")).RootElement.GetProperty("url").GetString();

        sandbox.Clock.Advance(TimeSpan.FromMinutes(6));
        using var plain = new HttpClient();
        using var expired = await plain.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
    }

    [Fact]
    public async Task ReturnsAndReimbursementsBelongToRealOrders()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        var returns = ReportFlow.Rows(await ReportFlow.RunAsync(sandbox, token, Returns("2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z")));
        var reimbursements = ReportFlow.Rows(await ReportFlow.RunAsync(sandbox, token, new
        {
            reportType = "GET_FBA_REIMBURSEMENTS_DATA",
            marketplaceIds = new[] { "ATVPDKIKX0DER" },
            dataStartTime = "2026-03-01T00:00:00Z",
            dataEndTime = "2026-06-01T00:00:00Z",
        }));
        var orderIds = returns.Select(r => r["order-id"]).Concat(reimbursements.Select(r => r["amazon-order-id"]).Where(id => id.Length > 0)).Distinct().Take(20);

        Assert.NotEmpty(returns);
        Assert.Contains(returns, r => r["detailed-disposition"] == "SELLABLE");
        Assert.Contains(returns, r => r["detailed-disposition"] != "SELLABLE");
        Assert.Contains(reimbursements, r => r["reason"] == "Lost_Warehouse");
        Assert.All(reimbursements, r => Assert.Equal(
            decimal.Parse(r["amount-per-unit"], CultureInfo.InvariantCulture) * int.Parse(r["quantity-reimbursed-cash"], CultureInfo.InvariantCulture),
            decimal.Parse(r["amount-total"], CultureInfo.InvariantCulture)));
        foreach (var id in orderIds)
        {
            using var items = await sandbox.SpApiAsync(token, $"/orders/v0/orders/{id}/orderItems");
            Assert.Equal(HttpStatusCode.OK, items.StatusCode);
        }
    }

    private static object Returns(string start, string end) => new
    {
        reportType = "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA",
        marketplaceIds = new[] { "ATVPDKIKX0DER" },
        dataStartTime = start,
        dataEndTime = end,
    };
}
