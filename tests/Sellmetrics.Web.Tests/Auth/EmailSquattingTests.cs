using System.Net;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;
using Sellmetrics.Web.Tests.Sync;

namespace Sellmetrics.Web.Tests.Auth;

public sealed class EmailSquattingTests(ClassApp shared) : IClassFixture<ClassApp>
{
    private SellmetricsApp App => shared.App;

    [Fact]
    public async Task NoOneCanSquatAnAddressByRenewingUnopenedLinks()
    {
        var victim = $"victim-{Guid.NewGuid():N}@shop.test";
        var squatter = await Seller.SignUpAsync(App, "Squatter", victim);
        var prober = await Seller.SignUpAsync(App, "Prober");
        await Accepted(await prober.Browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { email = victim, password = prober.Password }));
        // Renewed every day, the squatters' links once kept the address from its holder for good.
        App.BusinessTime.Advance(TimeSpan.FromHours(23));
        Assert.Equal(HttpStatusCode.Accepted, (await squatter.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/resend")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await prober.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/resend")).StatusCode);
        await App.Mailbox.WaitForTokenAsync(victim, count: 4);

        var owner = await Seller.SignUpAsync(App, "Owner", victim);
        await owner.VerifyEmailAsync(App, mailCount: 5);

        var account = await SyncApp.GetAsync(owner, "/api/account");
        Assert.Equal((victim, true), (account.GetProperty("email").GetString(), account.GetProperty("emailVerified").GetBoolean()));
        await using var database = App.OpenDatabase();
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM identity.users WHERE lower(email) = lower(@email)", ("email", victim)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().LoginAsync(victim, squatter.Password)).StatusCode);
        using var signIn = App.CreateClient();
        await AppClient.EnsureOkAsync(await signIn.LoginAsync(victim, owner.Password));
    }

    private static async Task Accepted(HttpResponseMessage response) =>
        Assert.Equal(HttpStatusCode.Accepted, (await AppClient.EnsureOkAsync(response)).StatusCode);
}
