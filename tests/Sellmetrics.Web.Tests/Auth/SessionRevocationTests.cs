using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Testing;
using Sellmetrics.Web.Dashboard;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Auth;

/// <summary>A copied session cookie (the attacker's copy) dies with the session it belongs to, on every silo and on the hub.</summary>
public sealed class SessionRevocationTests(TestPostgres postgres, ClassApp shared) : IClassFixture<ClassApp>
{
    [Fact]
    public async Task ACopiedCookieIsRefusedOnTheNextRequestAndOnTheHubOnceItsOwnerSignsOut()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Victim");
        var stolen = seller.Browser.Cookies.ToDictionary();
        using var thief = AppClient.WithCookies(app.Address, stolen);
        await AppClient.EnsureOkAsync(await thief.GetAsync("/api/account"));
        await using var thiefDashboard = DashboardHubClient.Connect(app, stolen);
        await thiefDashboard.StartAsync(TestContext.Current.CancellationToken);

        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/auth/logout"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync("/api/account")).StatusCode);
        using var again = AppClient.WithCookies(app.Address, stolen);
        Assert.False((await again.SessionAsync()).GetProperty("signedIn").GetBoolean());
        await DashboardHubClient.WaitUntilAsync(() => thiefDashboard.State == HubConnectionState.Disconnected);
        await using var reconnect = DashboardHubClient.Connect(app, stolen);
        await Assert.ThrowsAnyAsync<Exception>(() => reconnect.StartAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ASignOutOnOneSiloEndsTheSessionOnAnotherAndItsDashboardThere()
    {
        await using var first = await SellmetricsApp.StartAsync(postgres);
        await using var second = await SellmetricsApp.StartAsync(postgres, first.ConnectionString);
        var seller = await Seller.SignUpAsync(first, "Roaming");
        var cookies = seller.Browser.Cookies.ToDictionary();
        using var onSecond = AppClient.WithCookies(second.Address, cookies);
        await AppClient.EnsureOkAsync(await onSecond.GetAsync("/api/account"));
        await using var dashboardOnSecond = DashboardHubClient.Connect(second, cookies);
        await dashboardOnSecond.StartAsync(TestContext.Current.CancellationToken);

        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/auth/logout"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await onSecond.GetAsync("/api/account")).StatusCode);
        Assert.Equal(1, await second.Services.GetRequiredService<DashboardConnections>().EndExpiredSessionsAsync());
        await DashboardHubClient.WaitUntilAsync(() => dashboardOnSecond.State == HubConnectionState.Disconnected);
    }

    [Fact]
    public async Task SigningOutEndsOnlyThatSessionAndTheAbsoluteLifetimeEndsTheRest()
    {
        var app = shared.App;
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
        var app = shared.App;
        var admin = await Seller.SignUpAdminAsync(app);
        var seller = await Seller.SignUpAsync(app, "Compromised");
        var bystander = await Seller.SignUpAsync(app, "Bystander");
        using var stolen = AppClient.WithCookies(app.Address, seller.Browser.Cookies);

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
}
