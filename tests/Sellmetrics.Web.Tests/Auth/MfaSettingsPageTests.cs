using Microsoft.Playwright;
using Sellmetrics.Security.Totp;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Browser;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Auth;

/// <summary>The settings page's authenticator flows in a real Chromium: each step asks for what the server now demands.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MfaSettingsPageTests(Chromium chromium, TestPostgres postgres)
{
    [Fact]
    public async Task ASellerSetsUpReplacesAndTurnsOffTheAuthenticatorConfirmingWithPasswordAndCode()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        await using var seller = await SellerBrowser.SignUpAsync(chromium.Browser, app, "Authenticated");
        var totp = new TotpGenerator(app.BusinessTime);
        var page = seller.Page;
        await page.GotoAsync("/settings.html#mfa");

        await page.Locator("#mfa-setup").ClickAsync();
        await ConfirmAsync(page, seller.Password, code: null);
        var first = await TurnOnAsync(page, totp);

        app.BusinessTime.Advance(TimeSpan.FromSeconds(TotpGenerator.StepSeconds));
        await page.Locator("#mfa-replace").ClickAsync();
        await ConfirmAsync(page, seller.Password, totp.Compute(first, totp.CurrentStep));
        var second = await TurnOnAsync(page, totp);

        app.BusinessTime.Advance(TimeSpan.FromSeconds(TotpGenerator.StepSeconds));
        await page.Locator("#mfa-disable").ClickAsync();
        await ConfirmAsync(page, seller.Password, totp.Compute(second, totp.CurrentStep));
        await page.Locator("#mfa-setup").WaitForAsync();

        Assert.Equal(["mfa.enabled", "mfa.changed", "mfa.disabled"], (await AuditTrail.ActionsAsync(app, seller.TenantId)).Where(a => a.StartsWith("mfa.", StringComparison.Ordinal)));
    }

    private static async Task ConfirmAsync(IPage page, string password, string? code)
    {
        await page.Locator("dialog input[name=password]").FillAsync(password);
        if (code is not null)
        {
            await page.Locator("dialog input[name=code]").FillAsync(code);
        }

        await page.Locator("dialog button[type=submit]").ClickAsync();
        await page.Locator("dialog").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    // Reads the shown secret, enters its current code, and dismisses the recovery codes; returns the secret.
    private static async Task<byte[]> TurnOnAsync(IPage page, TotpGenerator totp)
    {
        var secret = OtpNet.Base32Encoding.ToBytes((await page.Locator("#mfa-secret").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal));
        await page.Locator("#code-input").FillAsync(totp.Compute(secret, totp.CurrentStep));
        await page.Locator("#mfa-enable-form button[type=submit]").ClickAsync();
        await page.Locator("#recovery-codes li").First.WaitForAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "I saved them", Exact = true }).ClickAsync();
        return secret;
    }
}
