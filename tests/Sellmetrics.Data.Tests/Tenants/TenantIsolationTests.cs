using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Tenants;

public sealed class TenantIsolationTests(TestPostgres postgres)
{
    private const string InsufficientPrivilege = "42501";

    [Fact]
    public async Task AConnectionBoundToOneTenantIsDeniedAnotherTenantsTables()
    {
        await using var dataSource = await postgres.CreateMigratedDataSourceAsync();
        var provisioner = new TenantProvisioner(dataSource, new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance), NullLogger<TenantProvisioner>.Instance);
        var (tenantA, tenantB) = (Guid.NewGuid(), Guid.NewGuid());
        await provisioner.MigrateAsync(tenantA, TestContext.Current.CancellationToken);
        await provisioner.MigrateAsync(tenantB, TestContext.Current.CancellationToken);
        var tenants = new TenantDatabase(dataSource);

        await using (var b = await tenants.OpenAsync(tenantB, TestContext.Current.CancellationToken))
        {
            await ExecuteAsync(b, "INSERT INTO audit_log (at, actor, action) VALUES (now(), 'b', 'canary-b')");
            await b.CommitAsync(TestContext.Current.CancellationToken);
        }

        await using var a = await tenants.OpenAsync(tenantA, TestContext.Current.CancellationToken);
        Assert.Equal(0L, await ScalarAsync(a, "SELECT count(*) FROM audit_log"));
        var denied = await Assert.ThrowsAsync<PostgresException>(() =>
            ScalarAsync(a, $"SELECT count(*) FROM \"{new TenantSchema(tenantB).SchemaName}\".audit_log"));

        Assert.Equal(InsufficientPrivilege, denied.SqlState);
    }

    [Fact]
    public async Task ATenantConnectionCannotReadTheSharedAccountAndOrleansTables()
    {
        await using var dataSource = await postgres.CreateMigratedDataSourceAsync();
        var provisioner = new TenantProvisioner(dataSource, new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance), NullLogger<TenantProvisioner>.Instance);
        var tenant = Guid.NewGuid();
        await provisioner.MigrateAsync(tenant, TestContext.Current.CancellationToken);

        foreach (var table in (string[])["identity.users", "public.orleansstorage", "sellmetrics.data_protection_keys"])
        {
            await using var session = await new TenantDatabase(dataSource).OpenAsync(tenant, TestContext.Current.CancellationToken);
            var denied = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(session, $"SELECT count(*) FROM {table}"));
            Assert.True(denied.SqlState == InsufficientPrivilege, $"{table}: {denied.SqlState} {denied.MessageText}");
        }
    }

    private static async Task ExecuteAsync(TenantSession session, string sql)
    {
        await using var command = session.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<long> ScalarAsync(TenantSession session, string sql)
    {
        await using var command = session.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
