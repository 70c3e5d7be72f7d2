using System.Net;
using Sellmetrics.Security.Totp;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Auth;

public sealed class MfaTests(TestPostgres postgres)
{
    private const string Password = "a long enough secret";

    [Fact]
    public async Task WithAnAuthenticatorOnSignInNeedsTheCurrentCodeOrAOneTimeRecoveryCode()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        using var browser = app.CreateClient();
        await AppClient.EnsureOkAsync(await browser.RegisterAsync("mfa@shop.test", Password));

        var setup = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await browser.SendJsonAsync(HttpMethod.Post, "/api/account/mfa/setup", new { password = Password })));
        var secret = OtpNet.Base32Encoding.ToBytes(setup.GetProperty("secret").GetString()!);
        Assert.StartsWith("otpauth://totp/Sellmetrics:", setup.GetProperty("otpAuthUri").GetString(), StringComparison.Ordinal);
        var totp = new TotpGenerator(app.BusinessTime);
        var enabled = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await browser.SendJsonAsync(
            HttpMethod.Post, "/api/account/mfa/enable", new { code = totp.Compute(secret, totp.CurrentStep) })));
        var recoveryCode = enabled.GetProperty("recoveryCodes")[0].GetString()!;

        using var phone = app.CreateClient();
        var withoutCode = await phone.LoginAsync("mfa@shop.test", Password);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.True((await AppClient.ReadAsync(withoutCode)).GetProperty("codeRequired").GetBoolean());

        app.BusinessTime.Advance(TimeSpan.FromSeconds(TotpGenerator.StepSeconds));
        var code = totp.Compute(secret, totp.CurrentStep);
        await AppClient.EnsureOkAsync(await phone.LoginAsync("mfa@shop.test", Password, code));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().LoginAsync("mfa@shop.test", Password, code)).StatusCode);

        await AppClient.EnsureOkAsync(await app.CreateClient().LoginAsync("mfa@shop.test", Password, recoveryCode));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().LoginAsync("mfa@shop.test", Password, recoveryCode)).StatusCode);
    }

    [Fact]
    public async Task WhenMfaIsMandatoryASellerSeesNoDataUntilTheAuthenticatorIsSetUp()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres, settings: new Dictionary<string, string?> { ["Sellmetrics:RequireMfa"] = "true" });
        using var browser = app.CreateClient();
        var registered = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await browser.RegisterAsync("must@shop.test", Password)));
        Assert.True(registered.GetProperty("mfaSetupRequired").GetBoolean());

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/account")).StatusCode);

        var setup = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await browser.SendJsonAsync(HttpMethod.Post, "/api/account/mfa/setup", new { password = Password })));
        var totp = new TotpGenerator(app.BusinessTime);
        var secret = OtpNet.Base32Encoding.ToBytes(setup.GetProperty("secret").GetString()!);
        await AppClient.EnsureOkAsync(await browser.SendJsonAsync(HttpMethod.Post, "/api/account/mfa/enable", new { code = totp.Compute(secret, totp.CurrentStep) }));

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/account")).StatusCode);
    }
}
