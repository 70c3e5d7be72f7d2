using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Grains;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

public sealed class SyncTests(TestPostgres postgres)
{
    [Fact]
    public async Task PullingTheSameWindowsAgainAndAReminderFiringTwiceChangeNothing()
    {
        await using var app = await SyncApp.StartAsync(postgres);
        var seller = await Seller.SignUpAsync(app, "Twice");
        var connectionId = await SyncApp.ConnectAmazonAsync(seller, await SyncApp.CreateSandboxSellerAsync(app, 7101));
        await SyncApp.WaitForImportAsync(seller);
        var range = Range(days: 35);
        await using var database = app.OpenDatabase();
        var facts = await TenantFacts.FingerprintAsync(database, seller.TenantId);
        var summary = await SyncApp.GetAsync(seller, $"/api/profit/summary?{range}");
        Assert.True(await TenantFacts.CountAsync(database, seller.TenantId, "orders") > 100);

        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var reminders = grains.GetConnectionGrain(seller.TenantId, connectionId).AsReference<IRemindable>();
        await reminders.ReceiveReminder("sync:orders", default, TestContext.Current.CancellationToken);
        await reminders.ReceiveReminder("sync:orders", default, TestContext.Current.CancellationToken);
        await SyncApp.RepullAsync(seller, connectionId);

        Assert.Equal(facts, await TenantFacts.FingerprintAsync(database, seller.TenantId));
        Assert.Equal(summary.ToString(), (await SyncApp.GetAsync(seller, $"/api/profit/summary?{range}")).ToString());
    }

    [Fact]
    public async Task AfterDisconnectTheCredentialsAreGoneAndNothingIsPulledAfterTheNextReminderPeriod()
    {
        await using var app = await SyncApp.StartAsync(postgres);
        var seller = await Seller.SignUpAsync(app, "Leaving");
        var witness = await Seller.SignUpAsync(app, "Staying");
        var connectionId = await SyncApp.ConnectAmazonAsync(seller, await SyncApp.CreateSandboxSellerAsync(app, 7102));
        await SyncApp.ConnectAmazonAsync(witness, await SyncApp.CreateSandboxSellerAsync(app, 7103));
        await SyncApp.WaitForImportAsync(seller);
        await SyncApp.WaitForImportAsync(witness);
        await using var database = app.OpenDatabase();

        Assert.Equal(HttpStatusCode.NoContent, (await seller.Browser.SendJsonAsync(HttpMethod.Delete, $"/api/connections/{connectionId}")).StatusCode);
        var disconnectedAt = DateTimeOffset.UtcNow;

        Assert.Equal(0L, await TenantFacts.CountAsync(database, seller.TenantId, "marketplace_connections"));
        Assert.Equal(0L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM orleansreminderstable WHERE grainid LIKE @key", ("key", $"%{connectionId:N}%")));
        Assert.Equal("[]", (await SyncApp.GetAsync(seller, "/api/connections")).ToString());
        var calls = Calls(app, seller, connectionId);
        Assert.True(calls > 0, "the connection's calls are counted under its grain key");

        // The witness's orders reminder has the disconnected one's period: a pull of theirs that finished a whole period after
        // the disconnect shows the reminders have ticked since.
        await Eventually.HoldsAsync(
            async () => await LastOrdersPullAsync(witness) > disconnectedAt + SyncApp.OrdersPeriod,
            TimeSpan.FromSeconds(30), "The witness's orders were not pulled a reminder period after the disconnect.", TestContext.Current.CancellationToken);
        Assert.Equal(calls, Calls(app, seller, connectionId));
        Assert.Equal(HttpStatusCode.NotFound, (await seller.Browser.SendJsonAsync(HttpMethod.Post, $"/api/connections/{connectionId}/sync")).StatusCode);
    }

    [Fact]
    public async Task ASiloStoppedInTheMiddleOfABackfillCompletesItWithTheSameTotalsAfterRestart()
    {
        const int history = 240;
        var range = Range(days: history - 10, endDaysAgo: 3);
        var interruptedDatabase = await postgres.CreateDatabaseAsync();
        Guid tenantId;
        string email;
        string password;
        await using (var first = await SyncApp.StartAsync(postgres, interruptedDatabase, history))
        {
            var seller = await Seller.SignUpAsync(first, "Interrupted");
            (tenantId, email, password) = (seller.TenantId, seller.Email, seller.Password);
            await SyncApp.ControlAsync(first, "faults", new { delayMilliseconds = 40 });
            await SyncApp.ConnectAmazonAsync(seller, await SyncApp.GetDefaultSellerAsync(first));
            await Eventually.HoldsAsync(
                async () => Progress(await SyncApp.GetAsync(seller, "/api/connections"), "finances") is > 0.2m and < 0.8m,
                TimeSpan.FromMinutes(2), "The finances backfill never stood half-way.", TestContext.Current.CancellationToken);
        }

        await using var restarted = await SyncApp.StartAsync(postgres, interruptedDatabase, history);
        using var browser = restarted.CreateClient();
        await AppClient.EnsureOkAsync(await browser.LoginAsync(email, password));
        var again = new Seller(browser, email, password, "Interrupted", Guid.Empty, tenantId);
        await SyncApp.WaitForImportAsync(again, TimeSpan.FromMinutes(4));
        var resumed = await SyncApp.GetAsync(again, $"/api/profit/summary?{range}");

        await using var uninterrupted = await SyncApp.StartAsync(postgres, historyDays: history);
        var control = await Seller.SignUpAsync(uninterrupted, "Uninterrupted");
        await SyncApp.ConnectAmazonAsync(control, await SyncApp.GetDefaultSellerAsync(uninterrupted));
        await SyncApp.WaitForImportAsync(control, TimeSpan.FromMinutes(4));
        var uninterruptedSummary = await SyncApp.GetAsync(control, $"/api/profit/summary?{range}");

        Assert.Equal(uninterruptedSummary.ToString(), resumed.ToString());

        // What the grains worked out step by step equals a rebuild from the stored facts (setting the zone rebuilds every product).
        await AppClient.EnsureOkAsync(await control.Browser.SendJsonAsync(HttpMethod.Put, "/api/settings", new { timeZone = "UTC" }));
        Assert.Equal(uninterruptedSummary.ToString(), (await SyncApp.GetAsync(control, $"/api/profit/summary?{range}")).ToString());
        Assert.True(resumed.GetProperty("totals")[0].GetProperty("orders").GetInt32() > 1000);
    }

    private static string Range(int days, int endDaysAgo = 0)
    {
        var to = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-endDaysAgo);
        return $"from={to.AddDays(-days):yyyy-MM-dd}&to={to:yyyy-MM-dd}";
    }

    private static decimal Progress(JsonElement connections, string dataset) =>
        connections[0].GetProperty("datasets").EnumerateArray().Single(d => d.GetProperty("dataset").GetString() == dataset).GetProperty("progress").GetDecimal();

    private static long Calls(SellmetricsApp app, Seller seller, Guid connectionId) =>
        app.Services.GetRequiredService<Marketplaces.MarketplaceCallStatistics>().Snapshot($"{seller.TenantId:N}/{connectionId:N}").Calls;

    private static async Task<DateTimeOffset> LastOrdersPullAsync(Seller seller) =>
        Assert.Single((await SyncApp.GetAsync(seller, "/api/connections")).EnumerateArray()).GetProperty("datasets").EnumerateArray()
            .Single(d => d.GetProperty("dataset").GetString() == "orders").GetProperty("lastSuccessAt").GetDateTimeOffset();
}
