using System.Net;
using Sellmetrics.Rules;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Auth;

/// <summary>Long but guessable passwords are refused wherever a password is set (NIST SP 800-63B).</summary>
public sealed class PasswordRulesTests(SharedApp shared) : IClassFixture<SharedApp>
{
    [Theory]
    [InlineData("qwertyuiop123")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("Password2024!")]
    [InlineData("!!iloveyou1234")]
    [InlineData("MySellmetricsPassword")]
    [InlineData("margaret.howe-2024")]
    public void CommonAndContextualPasswordsAreRefusedEvenWhenLongEnough(string password)
    {
        Assert.NotNull(AccountRules.PasswordError(password, "margaret.howe@shop.test"));
    }

    [Theory]
    [InlineData("a long enough secret")]
    [InlineData("correct horse battery staple")]
    [InlineData("Canary-Password-0f3a9c")]
    public void UncommonPasswordsPass(string password)
    {
        Assert.Null(AccountRules.PasswordError(password, "margaret.howe@shop.test"));
    }

    [Fact]
    public async Task SignUpAndPasswordChangeRefuseACommonPasswordAndChangeNothing()
    {
        var app = shared.App;
        using var browser = app.CreateClient();

        var common = await browser.RegisterAsync("weak@shop.test", "password1234");
        var ownName = await browser.RegisterAsync("weakling@shop.test", "weakling-is-my-name");
        var seller = await Seller.SignUpAsync(app, "Sensible");
        var change = await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/password", new { currentPassword = seller.Password, newPassword = "Qwerty123456!" });

        Assert.Equal(HttpStatusCode.BadRequest, common.StatusCode);
        Assert.True((await AppClient.ReadAsync(common)).GetProperty("errors").TryGetProperty("password", out _));
        Assert.Equal(HttpStatusCode.BadRequest, ownName.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        await using var database = app.OpenDatabase();
        // The app is shared: of the three addresses this test signed up with, only the sensible seller's has a user.
        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM identity.users WHERE email IN ('weak@shop.test', 'weakling@shop.test', @email)", ("email", seller.Email)));
        await AppClient.EnsureOkAsync(await app.CreateClient().LoginAsync(seller.Email, seller.Password));
    }
}
