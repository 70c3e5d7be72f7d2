using Npgsql;
using Sellmetrics.Testing;

namespace Sellmetrics.Web.Tests.Infrastructure;

/// <summary>A signed-in seller of a test app, with the ids the database gave them.</summary>
public sealed record Seller(AppClient Browser, string Email, string Password, string DisplayName, Guid UserId, Guid TenantId)
{
    /// <summary>Every way this seller's identity could be written into a row.</summary>
    public IEnumerable<string> Traces => [Email, DisplayName, TenantId.ToString("N"), TenantId.ToString(), UserId.ToString("N"), UserId.ToString()];

    public static async Task<Seller> SignUpAsync(SellmetricsApp app, string name, string? email = null)
    {
        var browser = app.CreateClient();
        var unique = Guid.NewGuid().ToString("N")[..12];
        email ??= $"{name.ToLowerInvariant()}-{unique}@shop.test";
        var password = $"Canary-Password-{unique}";
        var displayName = $"{name}-{unique}";
        await AppClient.EnsureOkAsync(await browser.RegisterAsync(email, password, displayName));
        await using var database = NpgsqlDataSource.Create(app.ConnectionString);
        var userId = await database.ScalarAsync<Guid>("SELECT id FROM identity.users WHERE email = @email", ("email", email));
        var tenantId = await database.ScalarAsync<Guid>("SELECT tenant_id FROM identity.users WHERE email = @email", ("email", email));
        return new Seller(browser, email, password, displayName, userId, tenantId);
    }

    /// <summary>Signs up the bootstrap address and opens the link mailed to it, as its real holder would: the first admin.</summary>
    public static async Task<Seller> SignUpAdminAsync(SellmetricsApp app)
    {
        var admin = await SignUpAsync(app, "Admin", SellmetricsApp.AdminEmail);
        await admin.VerifyEmailAsync(app);
        return admin;
    }

    /// <summary>Adds a recurring cost through the API, as the costs page does, and returns its id.</summary>
    public async Task<Guid> AddRecurringCostAsync(
        string name, string category, decimal amount, string currency = "USD", string frequency = "monthly", string startDate = "2026-01-01")
    {
        var created = await AppClient.EnsureOkAsync(await Browser.SendJsonAsync(HttpMethod.Post, "/api/recurring-costs", new
        {
            name,
            category,
            amount,
            currency,
            frequency,
            startDate,
        }));
        return (await AppClient.ReadAsync(created)).GetProperty("id").GetGuid();
    }

    /// <summary>Opens the newest verification link mailed to <paramref name="address"/> (default: the seller's own).</summary>
    public async Task VerifyEmailAsync(SellmetricsApp app, string? address = null, int mailCount = 1)
    {
        var token = await app.Mailbox.WaitForTokenAsync(address ?? Email, mailCount);
        await AppClient.EnsureOkAsync(await Browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/verify", new { token }));
    }
}
