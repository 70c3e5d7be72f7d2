using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Migrations;

public sealed class ClusterMigrationTests(TestPostgres postgres)
{
    // Every query key the Orleans 10.4 ADO.NET clustering, persistence and reminder providers ask for.
    private static readonly string[] RequiredQueryKeys =
    [
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
        "CleanupDefunctSiloEntriesKey",
        "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey",
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key",
        "ReadRangeRows2Key", "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    [Fact]
    public async Task TheClusterSchemaHoldsEveryQueryTheOrleansProvidersRequire()
    {
        await using var dataSource = await postgres.CreateDataSourceAsync();
        await Runner(dataSource).ApplyAsync(MigrationSet.Cluster, cancellationToken: TestContext.Current.CancellationToken);

        var keys = await QueryKeysAsync(dataSource);

        Assert.Equal(RequiredQueryKeys.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunningTheMigrationsTwiceChangesNothing()
    {
        await using var dataSource = await postgres.CreateDataSourceAsync();
        var runner = Runner(dataSource);
        var first = await runner.ApplyAsync(MigrationSet.Cluster, cancellationToken: TestContext.Current.CancellationToken);
        var before = await SchemaSnapshot.TakeAsync(dataSource);

        var second = await runner.ApplyAsync(MigrationSet.Cluster, cancellationToken: TestContext.Current.CancellationToken);
        var after = await SchemaSnapshot.TakeAsync(dataSource);

        Assert.Equal(MigrationSet.Cluster.Migrations.Count, first.Count);
        Assert.Empty(second);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task SilosMigratingAtTheSameTimeEndWithOneCorrectSchema()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var dataSources = Enumerable.Range(0, 4).Select(_ => NpgsqlDataSource.Create(connectionString)).ToList();
        try
        {
            var runs = await Task.WhenAll(dataSources.Select(dataSource =>
                Task.Run(() => Runner(dataSource).ApplyAsync(MigrationSet.Cluster, cancellationToken: TestContext.Current.CancellationToken))));

            Assert.Single(runs, applied => applied.Count == MigrationSet.Cluster.Migrations.Count);
            Assert.All(runs.Where(applied => applied.Count != MigrationSet.Cluster.Migrations.Count), Assert.Empty);
            Assert.Equal(RequiredQueryKeys.Length, (await QueryKeysAsync(dataSources[0])).Count);
            var versions = await VersionsAsync(dataSources[0]);
            Assert.Equal(MigrationSet.Cluster.Migrations.Select(m => m.Version), versions);
        }
        finally
        {
            foreach (var dataSource in dataSources)
            {
                await dataSource.DisposeAsync();
            }
        }
    }

    private static MigrationRunner Runner(NpgsqlDataSource dataSource) => new(dataSource, NullLogger<MigrationRunner>.Instance);

    private static Task<List<string>> QueryKeysAsync(NpgsqlDataSource dataSource) =>
        dataSource.ListAsync<string>("SELECT querykey FROM orleansquery");

    private static Task<List<int>> VersionsAsync(NpgsqlDataSource dataSource) =>
        dataSource.ListAsync<int>("SELECT version FROM sellmetrics.schema_migrations WHERE scope = 'cluster' ORDER BY version");
}
