using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Admin;

public sealed class TenantPurgeTests(TestPostgres postgres)
{
    private const string PurgeRecords = "sellmetrics.tenant_purges";

    [Fact]
    public async Task AnAdminPurgeLeavesNoRowNamingTheTenantAnywhereAndKeepsOneAuditRecord()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        var admin = await Seller.SignUpAdminAsync(app);
        var seller = await Seller.SignUpAsync(app, "Doomed");
        var bystander = await Seller.SignUpAsync(app, "Bystander");

        var list = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await admin.Browser.GetAsync("/api/admin/tenants")));
        Assert.Contains(list.EnumerateArray(), tenant => tenant.GetProperty("tenantId").GetGuid() == seller.TenantId);
        var summary = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await admin.Browser.GetAsync($"/api/admin/tenants/{seller.TenantId}")));
        Assert.Equal("Active", summary.GetProperty("status").GetString());
        Assert.True(summary.GetProperty("schemaTables").GetInt32() > 0);

        await using var database = app.OpenDatabase();
        Assert.NotEmpty(await TenantTraces.FindAsync(database, seller.Traces, PurgeRecords));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.Browser.SendJsonAsync(HttpMethod.Delete, $"/api/admin/tenants/{seller.TenantId}")).StatusCode);

        Assert.Empty(await TenantTraces.FindAsync(database, seller.Traces, PurgeRecords));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM pg_namespace WHERE nspname = @name", ("name", $"tenant_{seller.TenantId:N}")));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM pg_roles WHERE rolname = @name", ("name", $"tenant_{seller.TenantId:N}")));
        Assert.Equal(SellmetricsApp.AdminEmail, await database.ScalarAsync<string>($"SELECT purged_by FROM {PurgeRecords} WHERE tenant_id = @id", ("id", seller.TenantId)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await seller.Browser.GetAsync("/api/account")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bystander.Browser.GetAsync("/api/account")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Browser.GetAsync($"/api/admin/tenants/{seller.TenantId}")).StatusCode);
    }

    [Fact]
    public async Task NonAdminsAreRefusedTheGrainManagementEndpoint()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        var seller = await Seller.SignUpAsync(app, "Curious");
        var other = await Seller.SignUpAsync(app, "Other");

        Assert.Equal(HttpStatusCode.Forbidden, (await seller.Browser.GetAsync("/api/admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await seller.Browser.GetAsync($"/api/admin/tenants/{other.TenantId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await seller.Browser.SendJsonAsync(HttpMethod.Delete, $"/api/admin/tenants/{other.TenantId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.Browser.GetAsync("/api/account")).StatusCode);
    }

    [Fact]
    public async Task AClosedAccountSignsOutEverywhereAndIsPurgedOnceTheGracePeriodHasPassed()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        var seller = await Seller.SignUpAsync(app, "Leaving");
        using var phone = app.CreateClient();
        await AppClient.EnsureOkAsync(await phone.LoginAsync(seller.Email, seller.Password));

        Assert.Equal(HttpStatusCode.NoContent, (await seller.Browser.SendJsonAsync(HttpMethod.Delete, "/api/account", new { password = seller.Password })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await seller.Browser.GetAsync("/api/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient().LoginAsync(seller.Email, seller.Password)).StatusCode);
        await using var database = app.OpenDatabase();
        Assert.Equal("PendingDeletion", await database.ScalarAsync<string>("SELECT status FROM identity.tenants WHERE id = @id", ("id", seller.TenantId)));

        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM orleansreminderstable WHERE grainid LIKE @key AND remindername = 'purge'", ("key", $"%{seller.TenantId:N}%")));

        // The purge reminder's tick, run to its end within the grace period, purges nothing.
        var purgeCheck = app.Services.GetRequiredService<IGrainFactory>().GetTenant<ITenantLifecycle>(seller.TenantId).AsReference<IRemindable>();
        await purgeCheck.ReceiveReminder("purge", default, TestContext.Current.CancellationToken);
        Assert.NotEmpty(await TenantTraces.FindAsync(database, seller.Traces, PurgeRecords));

        app.BusinessTime.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        await Eventually.HoldsAsync(
            async () => await database.ScalarAsync<long>("SELECT count(*) FROM identity.tenants WHERE id = @id", ("id", seller.TenantId)) == 0,
            TimeSpan.FromSeconds(30), "The tenant was not purged once its grace period had passed.", TestContext.Current.CancellationToken);

        Assert.Empty(await TenantTraces.FindAsync(database, seller.Traces, PurgeRecords));
        Assert.Equal("seller-deletion", await database.ScalarAsync<string>($"SELECT reason FROM {PurgeRecords} WHERE tenant_id = @id", ("id", seller.TenantId)));
    }
}
