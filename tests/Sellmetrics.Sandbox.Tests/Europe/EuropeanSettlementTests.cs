using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Sellmetrics.Sandbox.Tests.Amazon;

namespace Sellmetrics.Sandbox.Tests.Europe;

/// <summary>As Amazon Europe pays out: each marketplace its own settlement, report, event group and currency; the account's fees settle once.</summary>
public sealed class EuropeanSettlementTests
{
    [Fact]
    public async Task EachMarketplaceSettlesApartInItsCurrencyAndTheReportsAddUpToTheirGroups()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(seed: 5020, region: "EU");
        var token = await sandbox.AmazonTokenAsync(seller);

        var truths = (await sandbox.Http.GetFromJsonAsync<JsonElement>($"/sandbox/control/sellers/{seller.SellerId}/settlements", TestContext.Current.CancellationToken))
            .EnumerateArray().ToList();
        var reports = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, "/reports/2021-06-30/reports?reportTypes=GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2&pageSize=5"))
            .RootElement.GetProperty("reports").EnumerateArray().ToList();
        var british = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, $"/reports/2021-06-30/reports?reportTypes=GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2&marketplaceIds={EuropeanMarketplaces.UnitedKingdom}&pageSize=100"))
            .RootElement.GetProperty("reports").EnumerateArray().ToList();
        var start = reports[0].GetProperty("dataStartTime").GetString();
        var groups = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, $"/finances/v0/financialEventGroups?FinancialEventGroupStartedAfter={start}&FinancialEventGroupStartedBefore={reports[0].GetProperty("dataEndTime").GetString()}"))
            .RootElement.GetProperty("payload").GetProperty("FinancialEventGroupList").EnumerateArray().ToList();

        Assert.All(truths.GroupBy(t => t.GetProperty("periodStart").GetString()), period => Assert.Equal(
            EuropeanMarketplaces.All.Select(m => $"{m.Id} {m.Currency}").Order(StringComparer.Ordinal),
            period.Select(t => $"{t.GetProperty("marketplaceId").GetString()} {t.GetProperty("currency").GetString()}").Order(StringComparer.Ordinal)));
        Assert.All(truths.Where(t => t.GetProperty("marketplaceId").GetString() != EuropeanMarketplaces.Germany), t => Assert.Equal(0m, t.GetProperty("serviceFees").GetDecimal()));
        Assert.Contains(truths, t => t.GetProperty("serviceFees").GetDecimal() < 0);
        Assert.NotEmpty(british);
        Assert.All(british, r => Assert.Equal(EuropeanMarketplaces.UnitedKingdom, Assert.Single(r.GetProperty("marketplaceIds").EnumerateArray()).GetString()));
        Assert.Equal(5, reports.Count);
        Assert.All(reports, r => Assert.Equal(start, r.GetProperty("dataStartTime").GetString()));
        Assert.Equal(5, groups.Count);
        foreach (var report in reports)
        {
            var marketplace = EuropeanMarketplaces.All.Single(m => m.Id == Assert.Single(report.GetProperty("marketplaceIds").EnumerateArray()).GetString());
            var rows = ReportFlow.Rows(await ReportFlow.DocumentAsync(sandbox, token, report.GetProperty("reportDocumentId").GetString()!));
            var total = decimal.Parse(rows[0]["total-amount"], CultureInfo.InvariantCulture);
            var group = groups.Single(g => g.GetProperty("FinancialEventGroupId").GetString() == rows[0]["settlement-id"]);

            Assert.Equal(marketplace.Currency, rows[0]["currency"]);
            Assert.Equal(total, rows.Skip(1).Sum(r => decimal.Parse(r["amount"], CultureInfo.InvariantCulture)));
            Assert.All(rows.Skip(1).Where(r => r["transaction-type"] is "Order" or "Refund"), r => Assert.Equal(marketplace.Storefront, r["marketplace-name"]));
            Assert.Equal((marketplace.Currency, total), (group.GetProperty("OriginalTotal").GetProperty("CurrencyCode").GetString(), group.GetProperty("OriginalTotal").GetProperty("CurrencyAmount").GetDecimal()));
        }
    }
}
