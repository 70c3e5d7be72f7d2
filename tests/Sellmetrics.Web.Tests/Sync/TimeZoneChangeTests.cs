using System.Text.Json;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

public sealed class TimeZoneChangeTests(TestPostgres postgres)
{
    private const string Berlin = "Europe/Berlin";
    private readonly GoldenLedger _ledger = new();

    [Fact]
    public async Task ChangingTheZoneAndBackRepullsTheSameFactsAndGivesTheOriginalTotalsToTheCent()
    {
        var settings = SyncApp.Settings(historyDays: 40);
        settings["Sync:FinanceRepullDays"] = "30";
        await using var app = await SellmetricsApp.StartAsync(postgres, settings: settings);
        var seller = await Seller.SignUpAsync(app, "Zones");
        await SetZoneAsync(seller, GoldenLedger.TimeZone);
        var connectionId = await SyncApp.ConnectAmazonAsync(seller, await SyncApp.ControlAsync(app, "sellers/scripted", _ledger.Script(seed: 8803)));
        await SyncApp.WaitForImportAsync(seller);
        await using var database = app.OpenDatabase();
        var summary = await SummaryAsync(seller);
        var daily = await DailyAsync(seller);
        // The script charges four service fees; the 20:00 UTC order of day B is on B+1 in India.
        Assert.Equal(4L, await TenantFacts.CountAsync(database, seller.TenantId, "service_fees"));
        Assert.Equal((41.00m, 20.00m), (Revenue(daily, _ledger.B), Revenue(daily, _ledger.B.AddDays(1))));

        await SetZoneAsync(seller, Berlin);
        await SyncApp.RepullFinancesAsync(seller, connectionId);

        // At 21:00 in Berlin the same order is back on day B.
        var berlin = await DailyAsync(seller);
        Assert.Equal((61.00m, 0m), (Revenue(berlin, _ledger.B), Revenue(berlin, _ledger.B.AddDays(1))));
        Assert.Equal(4L, await TenantFacts.CountAsync(database, seller.TenantId, "service_fees"));

        await SetZoneAsync(seller, GoldenLedger.TimeZone);
        await SyncApp.RepullFinancesAsync(seller, connectionId);

        Assert.Equal(4L, await TenantFacts.CountAsync(database, seller.TenantId, "service_fees"));
        Assert.Equal(summary, await SummaryAsync(seller));
        Assert.Equal(daily.ToString(), (await DailyAsync(seller)).ToString());
    }

    private static async Task SetZoneAsync(Seller seller, string zone) =>
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/settings", new { timeZone = zone }));

    private async Task<string> SummaryAsync(Seller seller) => (await SyncApp.GetAsync(seller, $"/api/profit/summary?{_ledger.Range}")).GetProperty("totals").ToString();

    private async Task<JsonElement> DailyAsync(Seller seller) => await SyncApp.GetAsync(seller, $"/api/profit/daily?{_ledger.Range}");

    private static decimal Revenue(JsonElement daily, DateOnly day) =>
        daily.EnumerateArray().Where(d => d.GetProperty("date").GetString() == GoldenLedger.Day(day))
            .SelectMany(d => d.GetProperty("totals").EnumerateArray())
            .Where(t => t.GetProperty("currency").GetString() == "USD")
            .Sum(t => t.GetProperty("revenue").GetDecimal());
}
