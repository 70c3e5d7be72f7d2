using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Testing;
using Sellmetrics.Web.Dashboard;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Auth;

/// <summary>A copied session cookie (the attacker's copy) dies with the session it belongs to, on every silo and on the hub.</summary>
public sealed class SessionRevocationTests(TestPostgres postgres)
{
    [Fact]
    public async Task ACopiedCookieIsRefusedOnTheNextRequestAndOnTheHubOnceItsOwnerSignsOut()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        var seller = await Seller.SignUpAsync(app, "Victim");
        var stolen = seller.Browser.Cookies.ToDictionary();
        using var thief = CopyOf(stolen, app.Address);
        await AppClient.EnsureOkAsync(await thief.GetAsync("/api/account"));
        await using var thiefDashboard = Connect(app, stolen);
        await thiefDashboard.StartAsync(TestContext.Current.CancellationToken);

        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/auth/logout"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync("/api/account")).StatusCode);
        using var again = CopyOf(stolen, app.Address);
        Assert.False((await again.SessionAsync()).GetProperty("signedIn").GetBoolean());
        await WaitUntilAsync(() => thiefDashboard.State == HubConnectionState.Disconnected);
        await using var reconnect = Connect(app, stolen);
        await Assert.ThrowsAnyAsync<Exception>(() => reconnect.StartAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ASignOutOnOneSiloEndsTheSessionOnAnotherAndItsDashboardThere()
    {
        await using var first = await SellmetricsApp.StartAsync(postgres);
        await using var second = await SellmetricsApp.StartAsync(postgres, first.ConnectionString);
        var seller = await Seller.SignUpAsync(first, "Roaming");
        var cookies = seller.Browser.Cookies.ToDictionary();
        using var onSecond = CopyOf(cookies, second.Address);
        await AppClient.EnsureOkAsync(await onSecond.GetAsync("/api/account"));
        await using var dashboardOnSecond = Connect(second, cookies);
        await dashboardOnSecond.StartAsync(TestContext.Current.CancellationToken);

        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/auth/logout"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await onSecond.GetAsync("/api/account")).StatusCode);
        Assert.Equal(1, await second.Services.GetRequiredService<DashboardConnections>().EndExpiredSessionsAsync());
        await WaitUntilAsync(() => dashboardOnSecond.State == HubConnectionState.Disconnected);
    }

    [Fact]
    public async Task SigningOutEndsOnlyThatSessionAndTheAbsoluteLifetimeEndsTheRest()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        var seller = await Seller.SignUpAsync(app, "Busy");
        using var phone = app.CreateClient();
        await AppClient.EnsureOkAsync(await phone.LoginAsync(seller.Email, seller.Password));

        await AppClient.EnsureOkAsync(await phone.SendJsonAsync(HttpMethod.Post, "/api/auth/logout"));
        await AppClient.EnsureOkAsync(await seller.Browser.GetAsync("/api/account"));

        app.BusinessTime.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await seller.Browser.GetAsync("/api/account")).StatusCode);
    }

    [Fact]
    public async Task AnAdminEndsEverySessionOfATenantAndTheActIsAudited()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        var admin = await Seller.SignUpAsync(app, "Admin", SellmetricsApp.AdminEmail);
        var seller = await Seller.SignUpAsync(app, "Compromised");
        var bystander = await Seller.SignUpAsync(app, "Bystander");
        using var stolen = CopyOf(seller.Browser.Cookies, app.Address);

        Assert.Equal(HttpStatusCode.Forbidden, (await seller.Browser.SendJsonAsync(HttpMethod.Delete, $"/api/admin/tenants/{bystander.TenantId}/sessions")).StatusCode);
        var ended = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(
            await admin.Browser.SendJsonAsync(HttpMethod.Delete, $"/api/admin/tenants/{seller.TenantId}/sessions")));

        Assert.Equal(1, ended.GetProperty("ended").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await stolen.GetAsync("/api/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await seller.Browser.GetAsync("/api/account")).StatusCode);
        await AppClient.EnsureOkAsync(await bystander.Browser.GetAsync("/api/account"));
        Assert.Contains("sessions.ended-by-admin", await AuditTrail.ActionsAsync(app, seller.TenantId));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Browser.SendJsonAsync(HttpMethod.Delete, $"/api/admin/tenants/{Guid.NewGuid()}/sessions")).StatusCode);
    }

    private static AppClient CopyOf(IReadOnlyDictionary<string, string> cookies, Uri address)
    {
        var copy = new AppClient(address);
        foreach (var cookie in cookies)
        {
            copy.SetCookie(cookie.Key, cookie.Value);
        }

        return copy;
    }

    private static HubConnection Connect(SellmetricsApp app, IReadOnlyDictionary<string, string> cookies) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(app.Address, DashboardHub.Path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.Headers["Cookie"] = string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));
            })
            .Build();

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var wait = 0; wait < 200 && !condition(); wait++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.True(condition());
    }
}
