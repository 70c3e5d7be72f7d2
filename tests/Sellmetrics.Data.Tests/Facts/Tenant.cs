using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Facts;

/// <summary>A provisioned tenant on a fresh migrated database, as sign-up leaves it.</summary>
internal sealed record Tenant(NpgsqlDataSource DataSource, TenantDatabase Database, Guid Id) : IAsyncDisposable
{
    public static async Task<Tenant> CreateAsync(TestPostgres postgres)
    {
        var dataSource = await postgres.CreateMigratedDataSourceAsync();
        var id = await ProvisionAsync(dataSource);
        return new Tenant(dataSource, new TenantDatabase(dataSource), id);
    }

    /// <summary>Another tenant on the same database.</summary>
    public Task<Guid> ProvisionAnotherAsync() => ProvisionAsync(DataSource);

    private static async Task<Guid> ProvisionAsync(NpgsqlDataSource dataSource)
    {
        var provisioner = new TenantProvisioner(dataSource, new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance), NullLogger<TenantProvisioner>.Instance);
        var id = Guid.NewGuid();
        await provisioner.MigrateAsync(id, TestContext.Current.CancellationToken);
        return id;
    }

    public string Schema => new TenantSchema(Id).SchemaName;

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
