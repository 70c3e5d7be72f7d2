using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Amazon;

public sealed class SettlementReportTests
{
    [Fact]
    public async Task TheSettlementReportCannotBeRequestedButIsListedAndAddsUpToItsEventGroup()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        using var refused = await sandbox.SpApiAsync(token, "/reports/2021-06-30/reports", HttpMethod.Post,
            System.Net.Http.Json.JsonContent.Create(new { reportType = "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2", marketplaceIds = new[] { "ATVPDKIKX0DER" } }));

        var listed = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, "/reports/2021-06-30/reports?reportTypes=GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2&pageSize=1"))
            .RootElement.GetProperty("reports")[0];
        var tsv = await ReportFlow.DocumentAsync(sandbox, token, listed.GetProperty("reportDocumentId").GetString()!);
        var rows = ReportFlow.Rows(tsv);
        var total = decimal.Parse(rows[0]["total-amount"], CultureInfo.InvariantCulture);
        var sum = rows.Skip(1).Sum(r => decimal.Parse(r["amount"], CultureInfo.InvariantCulture));
        var group = JsonDocument.Parse(await sandbox.SpApiTextAsync(token,
                $"/finances/v0/financialEventGroups?FinancialEventGroupStartedAfter={listed.GetProperty("dataStartTime").GetString()}&FinancialEventGroupStartedBefore={listed.GetProperty("dataEndTime").GetString()}"))
            .RootElement.GetProperty("payload").GetProperty("FinancialEventGroupList")[0];

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("settlement-id", tsv.Split('\t')[0]);
        Assert.Equal(total, sum);
        Assert.Equal(group.GetProperty("OriginalTotal").GetProperty("CurrencyAmount").GetDecimal(), total);
        Assert.Contains(rows, r => r["transaction-type"] == "Refund");
        Assert.Contains(rows, r => r["amount-description"] == "Commission");
        Assert.Contains(rows, r => r["amount-description"] == "Current Reserve Amount" && r["amount"].StartsWith('-'));
        Assert.Contains(rows, r => r["amount-description"] == "Previous Reserve Amount Balance");
    }
}
