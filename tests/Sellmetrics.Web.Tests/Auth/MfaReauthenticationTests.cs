using System.Net;
using Sellmetrics.Security.Totp;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Auth;

/// <summary>Holding a session is not enough to replace or remove the authenticator; every change ends the other sessions and is audited.</summary>
public sealed class MfaReauthenticationTests(TestPostgres postgres, ClassApp shared) : IClassFixture<ClassApp>
{
    [Fact]
    public async Task ASessionHolderWithoutTheCurrentCodeCannotSwapOrRemoveTheAuthenticator()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Guarded");
        var totp = new TotpGenerator(app.BusinessTime);
        var secret = await EnableAsync(app, seller, totp);
        using var thief = AppClient.WithCookies(app.Address, seller.Browser.Cookies);

        var withoutAnything = await thief.SendJsonAsync(HttpMethod.Post, "/api/account/mfa/setup", new { });
        var withPasswordOnly = await thief.SendJsonAsync(HttpMethod.Post, "/api/account/mfa/setup", new { password = seller.Password });
        var withWrongCode = await thief.SendJsonAsync(HttpMethod.Post, "/api/account/mfa/setup", new { password = seller.Password, code = "000000" });
        var disableWithPasswordOnly = await thief.SendJsonAsync(HttpMethod.Post, "/api/account/mfa/disable", new { password = seller.Password });
        var disableWithWrongPassword = await thief.SendJsonAsync(
            HttpMethod.Post, "/api/account/mfa/disable", new { password = "not the password at all", code = totp.Compute(secret, totp.CurrentStep + 1) });

        Assert.Equal(HttpStatusCode.Forbidden, withoutAnything.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withPasswordOnly.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withWrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, disableWithPasswordOnly.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, disableWithWrongPassword.StatusCode);
        Assert.True((await AppClient.ReadAsync(await seller.Browser.GetAsync("/api/account"))).GetProperty("mfaEnabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().LoginAsync(seller.Email, seller.Password)).StatusCode);
        app.BusinessTime.Advance(TimeSpan.FromSeconds(TotpGenerator.StepSeconds));
        await AppClient.EnsureOkAsync(await app.CreateClient().LoginAsync(seller.Email, seller.Password, totp.Compute(secret, totp.CurrentStep)));
        Assert.DoesNotContain("mfa.changed", await AuditTrail.ActionsAsync(app, seller.TenantId));
    }

    [Fact]
    public async Task ASessionHolderCannotGuessThePasswordAndCodeOverAndOver()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres, settings: new Dictionary<string, string?> { ["Auth:ReauthenticationsPerAccountPer15Minutes"] = "5" });
        var seller = await Seller.SignUpAsync(app, "Guessed");
        var totp = new TotpGenerator(app.BusinessTime);
        var secret = await EnableAsync(app, seller, totp);
        using var thief = AppClient.WithCookies(app.Address, seller.Browser.Cookies);

        var answers = new List<HttpResponseMessage>();
        for (var guess = 0; guess < 6; guess++)
        {
            answers.Add(await thief.SendJsonAsync(HttpMethod.Post, "/api/account/mfa/disable", new { password = $"guess number {guess} of many", code = "123456" }));
        }

        app.BusinessTime.Advance(TimeSpan.FromSeconds(TotpGenerator.StepSeconds));
        var rightProofTooLate = await thief.SendJsonAsync(
            HttpMethod.Post, "/api/account/mfa/disable", new { password = seller.Password, code = totp.Compute(secret, totp.CurrentStep) });
        var passwordGuessTooLate = await thief.SendJsonAsync(
            HttpMethod.Post, "/api/account/password", new { currentPassword = seller.Password, newPassword = "a brand new passphrase for the thief" });

        Assert.All(answers.Take(3), answer => Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1].StatusCode);
        Assert.True(answers[^1].Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightProofTooLate.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, passwordGuessTooLate.StatusCode);
        Assert.True((await AppClient.ReadAsync(await seller.Browser.GetAsync("/api/account"))).GetProperty("mfaEnabled").GetBoolean());
    }

    [Fact]
    public async Task EnablingSwappingAndRemovingTheAuthenticatorEachEndTheOtherSessionsAndAreAudited()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Careful");
        var totp = new TotpGenerator(app.BusinessTime);
        using var phone = app.CreateClient();
        await AppClient.EnsureOkAsync(await phone.LoginAsync(seller.Email, seller.Password));

        var first = await EnableAsync(app, seller, totp);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/account")).StatusCode);
        await AppClient.EnsureOkAsync(await seller.Browser.GetAsync("/api/account"));

        app.BusinessTime.Advance(TimeSpan.FromSeconds(TotpGenerator.StepSeconds));
        await AppClient.EnsureOkAsync(await phone.LoginAsync(seller.Email, seller.Password, totp.Compute(first, totp.CurrentStep)));
        app.BusinessTime.Advance(TimeSpan.FromSeconds(TotpGenerator.StepSeconds));
        var second = await EnableAsync(app, seller, totp, currentCode: totp.Compute(first, totp.CurrentStep));
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/account")).StatusCode);

        app.BusinessTime.Advance(TimeSpan.FromSeconds(TotpGenerator.StepSeconds));
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.LoginAsync(seller.Email, seller.Password, totp.Compute(first, totp.CurrentStep))).StatusCode);
        await AppClient.EnsureOkAsync(await phone.LoginAsync(seller.Email, seller.Password, totp.Compute(second, totp.CurrentStep)));
        app.BusinessTime.Advance(TimeSpan.FromSeconds(TotpGenerator.StepSeconds));
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(
            HttpMethod.Post, "/api/account/mfa/disable", new { password = seller.Password, code = totp.Compute(second, totp.CurrentStep) }));

        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/account")).StatusCode);
        Assert.False((await AppClient.ReadAsync(await seller.Browser.GetAsync("/api/account"))).GetProperty("mfaEnabled").GetBoolean());
        Assert.Equal(["mfa.enabled", "mfa.changed", "mfa.disabled"], (await AuditTrail.ActionsAsync(app, seller.TenantId)).Where(a => a.StartsWith("mfa.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ARecoveryCodeStandsInForTheLostAuthenticatorWhenRemovingIt()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Forgetful");
        var setup = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(
            await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/mfa/setup", new { password = seller.Password })));
        var totp = new TotpGenerator(app.BusinessTime);
        var secret = OtpNet.Base32Encoding.ToBytes(setup.GetProperty("secret").GetString()!);
        var enabled = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(
            HttpMethod.Post, "/api/account/mfa/enable", new { code = totp.Compute(secret, totp.CurrentStep) })));
        var recoveryCode = enabled.GetProperty("recoveryCodes")[0].GetString()!;

        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(
            HttpMethod.Post, "/api/account/mfa/disable", new { password = seller.Password, code = recoveryCode }));

        Assert.False((await AppClient.ReadAsync(await seller.Browser.GetAsync("/api/account"))).GetProperty("mfaEnabled").GetBoolean());
    }

    // Sets up and turns on a new authenticator (after the current code when one is on); returns its secret.
    private static async Task<byte[]> EnableAsync(SellmetricsApp app, Seller seller, TotpGenerator totp, string? currentCode = null)
    {
        var setup = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(
            await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/mfa/setup", new { password = seller.Password, code = currentCode })));
        var secret = OtpNet.Base32Encoding.ToBytes(setup.GetProperty("secret").GetString()!);
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(
            HttpMethod.Post, "/api/account/mfa/enable", new { code = totp.Compute(secret, totp.CurrentStep) }));
        return secret;
    }
}
