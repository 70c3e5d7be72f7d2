using System.Net;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Admin;

/// <summary>After the bootstrap, only an admin makes or unmakes admins, never leaving none, and every change is audited.</summary>
public sealed class AdminRoleTests(TestPostgres postgres)
{
    [Fact]
    public async Task AnAdminGrantsAndRevokesTheRoleButNeverTakesItFromTheLastAdmin()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        var admin = await Seller.SignUpAdminAsync(app);
        var deputy = await Seller.SignUpAsync(app, "Deputy");

        Assert.Equal(HttpStatusCode.Conflict, (await admin.Browser.SendJsonAsync(HttpMethod.Post, $"/api/admin/users/{deputy.Email}/admin")).StatusCode);
        await deputy.VerifyEmailAsync(app);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Browser.SendJsonAsync(HttpMethod.Post, $"/api/admin/users/{deputy.Email}/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await deputy.Browser.GetAsync("/api/admin/tenants")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await deputy.Browser.SendJsonAsync(HttpMethod.Delete, $"/api/admin/users/{admin.UserId}/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Browser.GetAsync("/api/admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await deputy.Browser.SendJsonAsync(HttpMethod.Delete, $"/api/admin/users/{deputy.UserId}/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await deputy.Browser.GetAsync("/api/admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await deputy.Browser.SendJsonAsync(HttpMethod.Post, $"/api/admin/users/{Guid.NewGuid()}/admin")).StatusCode);

        await using var database = app.OpenDatabase();
        Assert.Equal(
            ["bootstrap granted " + admin.UserId, admin.Email + " granted " + deputy.UserId, deputy.Email + " revoked " + admin.UserId],
            await AuditAsync(database));
    }

    [Fact]
    public async Task ANonAdminCannotGrantOrRevokeTheAdminRole()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        var admin = await Seller.SignUpAdminAsync(app);
        var climber = await Seller.SignUpAsync(app, "Climber");
        await climber.VerifyEmailAsync(app);

        Assert.Equal(HttpStatusCode.Forbidden, (await climber.Browser.SendJsonAsync(HttpMethod.Post, $"/api/admin/users/{climber.UserId}/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await climber.Browser.SendJsonAsync(HttpMethod.Post, $"/api/admin/users/{climber.Email}/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await climber.Browser.SendJsonAsync(HttpMethod.Delete, $"/api/admin/users/{admin.UserId}/admin")).StatusCode);
        using var anonymous = app.CreateClient();
        await anonymous.SessionAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendJsonAsync(HttpMethod.Post, $"/api/admin/users/{climber.UserId}/admin")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await climber.Browser.GetAsync("/api/admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Browser.GetAsync("/api/admin/tenants")).StatusCode);
        await using var database = app.OpenDatabase();
        Assert.Equal(["bootstrap granted " + admin.UserId], await AuditAsync(database));
    }

    private static async Task<List<string>> AuditAsync(Npgsql.NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand(
            "SELECT actor || CASE WHEN granted THEN ' granted ' ELSE ' revoked ' END || user_id FROM identity.role_changes ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
