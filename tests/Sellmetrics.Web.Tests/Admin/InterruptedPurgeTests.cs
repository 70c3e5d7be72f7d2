using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;
using Sellmetrics.Web.Tests.Sync;

namespace Sellmetrics.Web.Tests.Admin;

public sealed class InterruptedPurgeTests(TestPostgres postgres)
{
    private const string PurgeRecords = "sellmetrics.tenant_purges";

    [Theory]
    [InlineData(PurgeStep.Marked)]
    [InlineData(PurgeStep.Disconnected)]
    [InlineData(PurgeStep.ProductsForgotten)]
    [InlineData(PurgeStep.SchemaDropped)]
    [InlineData(PurgeStep.Removed)]
    public async Task APurgeWhoseSiloStopsAfterAStepIsFinishedAfterRestartLeavingNoRowAndNoReminder(PurgeStep step)
    {
        var database = await postgres.CreateDatabaseAsync();
        var settings = SyncApp.Settings(historyDays: 5);
        Seller seller;
        await using (var dying = await SellmetricsApp.StartAsync(postgres, database, settings, s => s.AddSingleton<IPurgeStepObserver>(new SiloDiesAfter(step))))
        {
            var admin = await Seller.SignUpAdminAsync(dying);
            seller = await Seller.SignUpAsync(dying, "Interrupted");
            await SyncApp.ConnectAmazonAsync(seller, await SyncApp.CreateSandboxSellerAsync(dying, 7301));
            await SyncApp.WaitForImportAsync(seller);
            await using var before = dying.OpenDatabase();
            Assert.True(await Reminders(before, seller) > 0);

            using var purge = await admin.Browser.SendJsonAsync(HttpMethod.Delete, $"/api/admin/tenants/{seller.TenantId}");
            Assert.False(purge.IsSuccessStatusCode);
            Assert.Equal(step < PurgeStep.Removed ? 1L : 0L, await Reminders(before, seller, "purge"));
        }

        await using var restarted = await SellmetricsApp.StartAsync(postgres, database, settings);
        await using var rows = restarted.OpenDatabase();
        await Eventually.HoldsAsync(
            async () => await rows.ScalarAsync<long>($"SELECT count(*) FROM {PurgeRecords} WHERE tenant_id = @id", ("id", seller.TenantId)) > 0,
            TimeSpan.FromMinutes(1), $"The purge interrupted after {step} was never finished.", TestContext.Current.CancellationToken);

        Assert.Empty(await TenantTraces.FindAsync(rows, seller.Traces, PurgeRecords));
        Assert.Equal(0L, await Reminders(rows, seller));
        Assert.Equal(0L, await rows.ScalarAsync<long>("SELECT count(*) FROM pg_namespace WHERE nspname = @name", ("name", $"tenant_{seller.TenantId:N}")));
        Assert.Equal(SellmetricsApp.AdminEmail, await rows.ScalarAsync<string>($"SELECT purged_by FROM {PurgeRecords} WHERE tenant_id = @id", ("id", seller.TenantId)));
    }

    [Fact]
    public async Task ATenantLeftPurgingWithNoReminderByAnOlderSiloIsPurgedAtTheNextStart()
    {
        var database = await postgres.CreateDatabaseAsync();
        var settings = SyncApp.Settings(historyDays: 5);
        Seller seller;
        await using (var old = await SellmetricsApp.StartAsync(postgres, database, settings))
        {
            seller = await Seller.SignUpAsync(old, "Forgotten");
        }

        // What a purge cut off before purges kept their reminder left behind: the mark, and nothing to finish it.
        await using (var rows = Npgsql.NpgsqlDataSource.Create(database))
        {
            await rows.ScalarAsync<int>("UPDATE identity.tenants SET status = 'Purging' WHERE id = @id RETURNING 1", ("id", seller.TenantId));
            await rows.ScalarAsync<long>("WITH gone AS (DELETE FROM orleansreminderstable WHERE grainid LIKE @key RETURNING 1) SELECT count(*) FROM gone", ("key", $"%{seller.TenantId:N}%"));
        }

        await using var restarted = await SellmetricsApp.StartAsync(postgres, database, settings);
        await using var after = restarted.OpenDatabase();
        await Eventually.HoldsAsync(
            async () => await after.ScalarAsync<long>($"SELECT count(*) FROM {PurgeRecords} WHERE tenant_id = @id", ("id", seller.TenantId)) == 1,
            TimeSpan.FromMinutes(1), "The purge left unfinished was never finished.", TestContext.Current.CancellationToken);

        Assert.Empty(await TenantTraces.FindAsync(after, seller.Traces, PurgeRecords));
        Assert.Equal(0L, await Reminders(after, seller));
        Assert.Equal(0L, await after.ScalarAsync<long>("SELECT count(*) FROM pg_namespace WHERE nspname = @name", ("name", $"tenant_{seller.TenantId:N}")));
        Assert.Equal("system", await after.ScalarAsync<string>($"SELECT purged_by FROM {PurgeRecords} WHERE tenant_id = @id", ("id", seller.TenantId)));
    }

    private static Task<long> Reminders(Npgsql.NpgsqlDataSource database, Seller seller, string name = "%") => database.ScalarAsync<long>(
        "SELECT count(*) FROM orleansreminderstable WHERE grainid LIKE @key AND remindername LIKE @name", ("key", $"%{seller.TenantId:N}%"), ("name", name));

    // Throws after the given step every time, as a silo that died there would never get further.
    private sealed class SiloDiesAfter(PurgeStep last) : IPurgeStepObserver
    {
        public Task StepDoneAsync(Guid tenantId, PurgeStep step) =>
            step == last ? throw new InvalidOperationException($"The silo stopped after {step}.") : Task.CompletedTask;
    }
}
