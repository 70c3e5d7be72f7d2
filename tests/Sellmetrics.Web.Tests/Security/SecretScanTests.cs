using Sellmetrics.Security.Totp;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Security;

public sealed class SecretScanTests(TestPostgres postgres)
{
    [Fact]
    public async Task NoSecretThatWentInAppearsInAnyLogLineOrAsPlainTextInTheDatabase()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        var admin = await Seller.SignUpAdminAsync(app);
        var seller = await Seller.SignUpAsync(app, "Secretive");
        var newPassword = $"Canary-New-Password-{Guid.NewGuid():N}";

        await app.CreateClient().LoginAsync(seller.Email, "Canary-Wrong-Password-0f3a9");
        await app.CreateClient().LoginAsync("nobody@shop.test", seller.Password);
        var setup = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/mfa/setup", new { password = seller.Password })));
        var secret = setup.GetProperty("secret").GetString()!;
        var totp = new TotpGenerator(app.BusinessTime);
        var enabled = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(
            HttpMethod.Post, "/api/account/mfa/enable", new { code = totp.Compute(OtpNet.Base32Encoding.ToBytes(secret), totp.CurrentStep) })));
        var recoveryCodes = enabled.GetProperty("recoveryCodes").EnumerateArray().Select(code => code.GetString()!).ToList();
        await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/password", new { currentPassword = seller.Password, newPassword });
        await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/password", new { currentPassword = "Canary-Wrong-Current-77", newPassword });
        await admin.Browser.GetAsync("/api/admin/tenants");
        await admin.Browser.GetAsync($"/api/admin/tenants/{seller.TenantId}");
        await seller.Browser.SendJsonAsync(HttpMethod.Delete, "/api/account", new { password = "Canary-Wrong-Close-91" });

        string[] secrets =
        [
            seller.Password, newPassword, "Canary-Wrong-Password-0f3a9", "Canary-Wrong-Current-77", "Canary-Wrong-Close-91",
            secret, SellmetricsApp.EncryptionKey, seller.Browser.Cookies["__Host-sellmetrics"], .. recoveryCodes,
        ];
        var leaks = app.Logs.Lines.SelectMany(line => secrets.Where(line.Contains).Select(found => $"{found[..6]}… in: {line[..Math.Min(120, line.Length)]}")).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{app.Logs.Lines.Count} log lines scanned for {secrets.Length} secrets; {leaks.Count} found");
        Assert.True(app.Logs.Lines.Count > 20, "the app logged almost nothing, so the scan proves nothing");
        Assert.Empty(leaks);

        await using var database = app.OpenDatabase();
        Assert.Empty(await TenantTraces.FindAsync(database, secrets.Where(value => !value.StartsWith("CfDJ", StringComparison.Ordinal))));
    }
}
