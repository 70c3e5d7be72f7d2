using Sellmetrics.Marketplaces.Amazon.Reports;

namespace Sellmetrics.Marketplaces.Tests.Sandbox;

public sealed class AmazonReportsSandboxTests
{
    private static readonly DateTimeOffset To = DateTimeOffset.UtcNow.AddDays(-2);
    private static readonly DateTimeOffset From = To.AddDays(-60);

    [Fact]
    public async Task GzipReturnsAndReimbursementsReportsAreRequestedAwaitedAndParsed()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 501));
        var ct = TestContext.Current.CancellationToken;

        var returns = await api.GetCustomerReturnsAsync(From, To, ct);
        var reimbursements = await api.GetReimbursementsAsync(From.AddDays(-120), To, ct);

        Assert.NotEmpty(returns);
        Assert.All(returns, r => Assert.InRange(r.ReturnDate, From.AddDays(-1), To.AddDays(1)));
        Assert.Contains(returns, r => r.DetailedDisposition == "SELLABLE");
        Assert.NotEmpty(reimbursements);
        Assert.All(reimbursements, r => Assert.False(string.IsNullOrEmpty(r.ReimbursementId)));
        Assert.Contains(reimbursements, r => r.AmountTotal > 0m);
    }

    [Fact]
    public async Task TheAllOrdersReportMatchesTheOrdersApi()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 502));
        var ct = TestContext.Current.CancellationToken;
        var from = DateTimeOffset.UtcNow.AddDays(-6);
        var to = DateTimeOffset.UtcNow.AddDays(-3);

        var rows = await api.GetAllOrdersAsync(from, to, ct);

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.Sku)));
        Assert.Contains(rows, r => r.ItemPrice > 0m);
        var viaApi = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var order in api.GetOrdersUpdatedSinceAsync(from, ct))
        {
            viaApi.Add(order.AmazonOrderId);
        }

        Assert.All(rows, r => Assert.Contains(r.AmazonOrderId, viaApi));
    }

    [Fact]
    public async Task TheSalesAndTrafficJsonDocumentIsParsedPerDayAndPerAsin()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 503));
        var to = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3));

        var report = await api.GetSalesAndTrafficAsync(to.AddDays(-6), to, "CHILD", TestContext.Current.CancellationToken);

        Assert.NotNull(report);
        Assert.Equal(7, report.SalesAndTrafficByDate!.Count);
        Assert.All(report.SalesAndTrafficByDate, d => Assert.True(d.TrafficByDate!.Sessions > 0));
        Assert.NotEmpty(report.SalesAndTrafficByAsin!);
        Assert.Contains(report.SalesAndTrafficByDate, d => d.SalesByDate!.OrderedProductSales!.Amount > 0m);
    }

    [Fact]
    public async Task SettlementReportsAmazonGeneratedAreFoundDownloadedAndParsed()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 600);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 504));

        var reports = new List<SettlementReport>();
        await foreach (var report in api.GetSettlementReportsAsync(DateTimeOffset.UtcNow.AddDays(-40), TestContext.Current.CancellationToken))
        {
            reports.Add(report);
        }

        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.NotNull(r.Summary));
        Assert.All(reports, r => Assert.NotEmpty(r.Lines));
        Assert.Contains(reports.SelectMany(r => r.Lines), l => l.AmountDescription == "Commission" && l.Amount < 0m);
    }
}
