using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Web.Dashboard;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Dashboard;

/// <summary>The hub as any client sees it: who may connect, what Watch answers and refuses, whose changes a connection hears.</summary>
public sealed class DashboardHubTests(ClassApp shared) : IClassFixture<ClassApp>
{
    private static readonly object ThisMonth = new
    {
        from = DateTime.UtcNow.ToString("yyyy-MM-01", System.Globalization.CultureInfo.InvariantCulture),
        to = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        marketplace = (string?)null,
    };

    [Fact]
    public async Task WithoutASessionTheHubRefusesToConnect()
    {
        var app = shared.App;
        await using var connection = Connect(app, cookies: null);

        await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task AHandshakeFromAnotherSiteIsRefusedEvenWithTheSessionCookie()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Hijacked");

        var sameSite = await seller.Browser.SendAsync(Negotiate(origin: null));
        var crossSite = await seller.Browser.SendAsync(Negotiate(origin: "https://evil.example"));

        Assert.Equal(HttpStatusCode.OK, sameSite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
    }

    [Fact]
    public async Task WatchAnswersTheSnapshotAndABadViewIsRefusedWithoutEndingTheConnection()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Watcher");
        await using var connection = Connect(app, seller.Browser);
        await connection.StartAsync(TestContext.Current.CancellationToken);

        var snapshot = await connection.InvokeAsync<JsonElement>(nameof(DashboardHub.Watch), ThisMonth, TestContext.Current.CancellationToken);
        var refused = await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync<JsonElement>(nameof(DashboardHub.Watch), new { from = "2026-13-01", to = "2026-01-31", marketplace = (string?)null }, TestContext.Current.CancellationToken));
        var again = await connection.InvokeAsync<JsonElement>(nameof(DashboardHub.Watch), ThisMonth, TestContext.Current.CancellationToken);

        Assert.Equal(["today", "yesterday", "monthToDate", "range"], snapshot.GetProperty("tiles").EnumerateArray().Select(t => t.GetProperty("key").GetString()));
        Assert.Contains("from", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HubConnectionState.Connected, connection.State);
        Assert.Equal(snapshot.GetProperty("view").ToString(), again.GetProperty("view").ToString());
    }

    [Fact]
    public async Task WatchingNothingIsRefusedToTheCallerAndLoggedAsNoServerError()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Nothing");
        await using var connection = Connect(app, seller.Browser);
        await connection.StartAsync(TestContext.Current.CancellationToken);

        var refused = await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync<JsonElement>(nameof(DashboardHub.Watch), null, TestContext.Current.CancellationToken));
        var again = await connection.InvokeAsync<JsonElement>(nameof(DashboardHub.Watch), ThisMonth, TestContext.Current.CancellationToken);

        Assert.Contains("view: Required", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HubConnectionState.Connected, connection.State);
        Assert.Equal(4, again.GetProperty("tiles").GetArrayLength());
        Assert.DoesNotContain(app.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AConnectionHearsOnlyItsOwnTenantsChangesAndClosingTheAccountEndsIt()
    {
        var app = shared.App;
        var first = await Seller.SignUpAsync(app, "First");
        var second = await Seller.SignUpAsync(app, "Second");
        var (firstConnection, firstHeard) = await WatchAsync(app, first);
        var (secondConnection, secondHeard) = await WatchAsync(app, second);
        var closed = new TaskCompletionSource();
        firstConnection.On(nameof(IDashboardClient.TenantClosed), () => closed.TrySetResult());

        await AddRentAsync(first, 310.00m);
        var delta = await firstHeard.Reader.ReadAsync(TestContext.Current.CancellationToken);
        // Anything the second connection heard of the first tenant's change would reach it before its own change.
        await AddRentAsync(second, 120.00m);
        var secondDelta = await secondHeard.Reader.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(4, delta.GetProperty("tiles").GetArrayLength());
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-01", System.Globalization.CultureInfo.InvariantCulture), delta.GetProperty("view").GetProperty("from").GetString());
        Assert.True(HasRecurringCosts(delta));
        Assert.True(HasRecurringCosts(secondDelta), "the second tenant first heard something other than its own change");
        Assert.NotEqual(delta.GetProperty("tiles").ToString(), secondDelta.GetProperty("tiles").ToString());

        var deleted = await first.Browser.SendJsonAsync(HttpMethod.Delete, "/api/account", new { password = first.Password });
        Assert.True(deleted.IsSuccessStatusCode, $"closing the account: {deleted.StatusCode}");
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => firstConnection.State != HubConnectionState.Connected);
        Assert.Equal(HubConnectionState.Connected, secondConnection.State);

        await firstConnection.DisposeAsync();
        await secondConnection.DisposeAsync();
    }

    [Fact]
    public async Task EveryBrowserOfATenantSharesOneObserverThatGoesWithTheLastOne()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Tabs");
        var dashboards = app.Services.GetRequiredService<DashboardConnections>();
        await using var first = Connect(app, seller.Browser);
        await using var second = Connect(app, seller.Browser);

        await first.StartAsync(TestContext.Current.CancellationToken);
        await second.StartAsync(TestContext.Current.CancellationToken);
        var withTwoTabs = dashboards.TenantCount;
        await first.StopAsync(TestContext.Current.CancellationToken);
        var withOneTab = dashboards.TenantCount;
        await second.StopAsync(TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => dashboards.TenantCount == 0);

        Assert.Equal(1, withTwoTabs);
        Assert.Equal(1, withOneTab);
    }

    [Fact]
    public async Task AChangedPasswordEndsTheDashboardOfEveryOtherSession()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Careful");
        using var laptop = app.CreateClient();
        await AppClient.EnsureOkAsync(await laptop.LoginAsync(seller.Email, seller.Password));
        await using var laptopDashboard = Connect(app, laptop);
        await laptopDashboard.StartAsync(TestContext.Current.CancellationToken);
        var sessions = app.Services.GetRequiredService<DashboardConnections>();

        Assert.Equal(0, await sessions.EndExpiredSessionsAsync());
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/password", new
        {
            currentPassword = seller.Password,
            newPassword = "An-Entirely-New-Password-1",
        }));
        Assert.Equal(1, await sessions.EndExpiredSessionsAsync());
        await WaitUntilAsync(() => laptopDashboard.State == HubConnectionState.Disconnected);
    }

    private static async Task<(HubConnection Connection, System.Threading.Channels.Channel<JsonElement> Heard)> WatchAsync(SellmetricsApp app, Seller seller)
    {
        var heard = System.Threading.Channels.Channel.CreateUnbounded<JsonElement>();
        var connection = Connect(app, seller.Browser);
        connection.On<JsonElement>(nameof(IDashboardClient.ProfitChanged), delta => heard.Writer.TryWrite(delta));
        await connection.StartAsync(TestContext.Current.CancellationToken);
        await connection.InvokeAsync<JsonElement>(nameof(DashboardHub.Watch), ThisMonth, TestContext.Current.CancellationToken);
        return (connection, heard);
    }

    private static Task AddRentAsync(Seller seller, decimal amount) => seller.AddRecurringCostAsync("Warehouse", "Rent", amount, startDate: "2025-01-01");

    private static bool HasRecurringCosts(JsonElement delta) =>
        delta.GetProperty("tiles").EnumerateArray().Any(t => t.GetProperty("totals").EnumerateArray().Any(c => c.GetProperty("recurringCosts").GetDecimal() > 0));

    private static HubConnection Connect(SellmetricsApp app, AppClient? cookies) => DashboardHubClient.Connect(app, cookies?.Cookies);

    private static HttpRequestMessage Negotiate(string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{DashboardHub.Path}/negotiate?negotiateVersion=1");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    private static Task WaitUntilAsync(Func<bool> condition) => DashboardHubClient.WaitUntilAsync(condition);
}
