using System.Net;
using System.Text.Json;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Auth;

public sealed class AccountFlowTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string Password = "a long enough secret";

    [Fact]
    public async Task ASellerSignsUpSignsInChangesTheirDetailsAndSignsOut()
    {
        var app = shared.App;
        using var browser = app.CreateClient();

        await AppClient.EnsureOkAsync(await browser.RegisterAsync("ann@shop.test", Password, "Ann"));
        var session = await browser.SessionAsync();
        Assert.True(session.GetProperty("signedIn").GetBoolean());

        await AppClient.EnsureOkAsync(await browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { displayName = "Ann B." }));
        await AppClient.EnsureOkAsync(await browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { email = "ann.b@shop.test", password = Password }));
        var pending = await AppClient.ReadAsync(await browser.GetAsync("/api/account"));
        Assert.Equal("ann@shop.test", pending.GetProperty("email").GetString());
        Assert.Equal("ann.b@shop.test", pending.GetProperty("pendingEmail").GetString());
        var token = await app.Mailbox.WaitForTokenAsync("ann.b@shop.test");
        await AppClient.EnsureOkAsync(await browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/verify", new { token }));
        var account = await AppClient.ReadAsync(await browser.GetAsync("/api/account"));
        Assert.Equal("Ann B.", account.GetProperty("displayName").GetString());
        Assert.Equal("ann.b@shop.test", account.GetProperty("email").GetString());
        Assert.True(account.GetProperty("emailVerified").GetBoolean());

        await AppClient.EnsureOkAsync(await browser.SendJsonAsync(HttpMethod.Post, "/api/auth/logout"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/account")).StatusCode);

        using var again = app.CreateClient();
        await AppClient.EnsureOkAsync(await again.LoginAsync("ann.b@shop.test", Password));
        var signedIn = await AppClient.ReadAsync(await again.GetAsync("/api/account"));
        Assert.NotEqual(JsonValueKind.Null, signedIn.GetProperty("lastSignInAt").ValueKind);
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownEmailGetTheSameAnswer()
    {
        var app = shared.App;
        using var browser = app.CreateClient();
        await AppClient.EnsureOkAsync(await browser.RegisterAsync("bo@shop.test", Password));

        using var stranger = app.CreateClient();
        var wrongPassword = await stranger.LoginAsync("bo@shop.test", "not the password at all");
        var unknownEmail = await stranger.LoginAsync("nobody@shop.test", "not the password at all");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownEmail.StatusCode);
        Assert.Equal(
            (await AppClient.ReadAsync(wrongPassword)).GetProperty("title").GetString(),
            (await AppClient.ReadAsync(unknownEmail)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task ChangingThePasswordEndsEveryOtherSessionButKeepsThisOne()
    {
        var app = shared.App;
        using var laptop = app.CreateClient();
        using var phone = app.CreateClient();
        await AppClient.EnsureOkAsync(await laptop.RegisterAsync("cy@shop.test", Password));
        await AppClient.EnsureOkAsync(await phone.LoginAsync("cy@shop.test", Password));

        await AppClient.EnsureOkAsync(await laptop.SendJsonAsync(
            HttpMethod.Post, "/api/account/password", new { currentPassword = Password, newPassword = "an even longer new secret" }));

        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/api/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().LoginAsync("cy@shop.test", Password)).StatusCode);
    }

    [Fact]
    public async Task BadSignUpInputGetsAProblemAndCreatesNothing()
    {
        var app = shared.App;
        using var browser = app.CreateClient();
        await browser.SessionAsync();

        var response = await browser.SendJsonAsync(
            HttpMethod.Post, "/api/auth/register", new { email = "not-an-email", displayName = "", password = "short", confirmAdult = false });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await AppClient.ReadAsync(response)).GetProperty("errors");
        Assert.All(["email", "displayName", "password", "confirmAdult"], field => Assert.True(errors.TryGetProperty(field, out _), field));
        await using var database = app.OpenDatabase();
        // The app is shared, so the users counted are the ones this input could have made.
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM identity.users WHERE email = 'not-an-email' OR display_name = ''"));
    }
}
