using System.Net;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Admin;

/// <summary>The configured bootstrap address makes an admin only when its holder proves it, and only once.</summary>
public sealed class AdminBootstrapTests(TestPostgres postgres)
{
    private const string SecondBootstrapAddress = "second-admin@sellmetrics.test";

    [Fact]
    public async Task SigningUpWithTheBootstrapAddressGivesNoAdminUntilItsHolderOpensTheLink()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        var squatter = await Seller.SignUpAsync(app, "Squatter", SellmetricsApp.AdminEmail);

        Assert.False((await squatter.Browser.SessionAsync()).GetProperty("isAdmin").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await squatter.Browser.GetAsync("/api/admin/tenants")).StatusCode);
        await using var database = app.OpenDatabase();
        Assert.Equal("seller", await database.ScalarAsync<string>("SELECT role FROM identity.users WHERE id = @id", ("id", squatter.UserId)));

        // Only whoever reads the mailbox of the address can finish it; here the test plays that holder.
        await squatter.VerifyEmailAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await squatter.Browser.GetAsync("/api/admin/tenants")).StatusCode);
    }

    [Fact]
    public async Task MovingAnAccountToTheBootstrapAddressNeitherSwitchesItNorMakesItAdmin()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        var attacker = await Seller.SignUpAsync(app, "Attacker");
        await attacker.VerifyEmailAsync(app);

        var moved = await attacker.Browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { email = SellmetricsApp.AdminEmail, password = attacker.Password });

        Assert.Equal(HttpStatusCode.Accepted, moved.StatusCode);
        var account = await AppClient.ReadAsync(await attacker.Browser.GetAsync("/api/account"));
        Assert.Equal(attacker.Email, account.GetProperty("email").GetString());
        Assert.False(account.GetProperty("isAdmin").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await attacker.Browser.GetAsync("/api/admin/tenants")).StatusCode);
        await using var database = app.OpenDatabase();
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM identity.admin_bootstrap"));
    }

    [Fact]
    public async Task AStoredAdminRoleCountsForNothingWhileTheAddressIsUnverified()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        string email;
        string password;
        await using (var before = await SellmetricsApp.StartAsync(postgres, connectionString))
        {
            var legacy = await Seller.SignUpAsync(before, "Legacy");
            (email, password) = (legacy.Email, legacy.Password);
            await using var database = before.OpenDatabase();
            await database.ScalarAsync<int>("UPDATE identity.users SET role = 'admin' WHERE id = @id RETURNING 1", ("id", legacy.UserId));
        }

        await using var app = await SellmetricsApp.StartAsync(postgres, connectionString);
        using var browser = app.CreateClient();
        await AppClient.EnsureOkAsync(await browser.LoginAsync(email, password));
        Assert.False((await browser.SessionAsync()).GetProperty("isAdmin").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/admin/tenants")).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/resend")).StatusCode);
        var token = await app.Mailbox.WaitForTokenAsync(email);
        await AppClient.EnsureOkAsync(await browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/verify", new { token }));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/admin/tenants")).StatusCode);
    }

    [Fact]
    public async Task TheBootstrapGrantsAdminExactlyOnce()
    {
        await using var app = await SellmetricsApp.StartAsync(
            postgres, settings: new Dictionary<string, string?> { ["Sellmetrics:Admins"] = $"{SellmetricsApp.AdminEmail}, {SecondBootstrapAddress}" });
        var first = await Seller.SignUpAdminAsync(app);
        var second = await Seller.SignUpAsync(app, "Second", SecondBootstrapAddress);
        await second.VerifyEmailAsync(app);

        Assert.Equal(HttpStatusCode.OK, (await first.Browser.GetAsync("/api/admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await second.Browser.GetAsync("/api/admin/tenants")).StatusCode);
        await using var database = app.OpenDatabase();
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM identity.admin_bootstrap"));
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM identity.role_changes WHERE actor = 'bootstrap' AND user_id = @id", ("id", first.UserId)));
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM identity.users WHERE role = 'admin'"));
    }
}
