using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Sellmetrics.Data.Connections;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Grains.Connections;
using Sellmetrics.Rules;
using Sellmetrics.Testing;

namespace Sellmetrics.Grains.Tests.Connections;

/// <summary>
/// A single-marketplace Amazon connection stored before connections became regional (tenant schema at 0008) migrates
/// forward tracking its one marketplace, with its progress kept per dataset and marketplace, so it resumes where it stood.
/// </summary>
public sealed class LegacyConnectionMigrationTests(TestPostgres postgres)
{
    private const string Germany = "A1PA6795UKMFR9";
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task AnImportedSingleMarketplaceConnectionTracksItsMarketplaceAndHasNothingToReadAgainAfterTheMigration()
    {
        await using var dataSource = await postgres.CreateMigratedDataSourceAsync();
        var tenantId = Guid.NewGuid();
        var schema = new TenantSchema(tenantId).SchemaName;
        var runner = new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance);
        var cancellation = TestContext.Current.CancellationToken;
        await runner.ApplyAsync(new MigrationSet(MigrationSet.Tenant.Scope, MigrationSet.Tenant.Migrations.Where(m => m.Version <= 8)), schema, cancellation);
        var connectionId = Guid.NewGuid();
        var pulls = DatasetPulls.For(MarketplaceNames.Amazon);
        await InsertLegacyAsync(dataSource, schema, connectionId, pulls.Select(p => p.Name), cancellation);

        await new TenantProvisioner(dataSource, runner, NullLogger<TenantProvisioner>.Instance).MigrateAsync(tenantId, cancellation);

        var database = new TenantDatabase(dataSource);
        var connection = (await new ConnectionStore(database).FindAsync(tenantId, connectionId, cancellation))!;
        var progress = (await new DatasetProgressStore(database).ListAsync(tenantId, connectionId, cancellation)).ToDictionary(p => new DatasetKey(p.Dataset, p.MarketplaceId));
        Assert.Equal([Germany], connection.MarketplaceIds);
        Assert.Equal(Germany, connection.MarketplaceId);
        Assert.Equal(string.Empty, progress.Keys.Single(k => k.Dataset == "finances").MarketplaceId);
        Assert.Equal(Germany, progress.Keys.Single(k => k.Dataset == "orders").MarketplaceId);
        Assert.All(SyncPlanner.Targets(pulls, connection.MarketplaceIds), t => Assert.Contains(t.Key, progress.Keys));
        var next = SyncPlanner.Next(pulls, connection.MarketplaceIds, progress.GetValueOrDefault, Now, new SyncOptions(), _ => false);
        // Migration 0013 has the recent finance window read once more (service fees under UTC-day names); nothing else is read again.
        Assert.True(next is null or { Kind: SyncStepKind.CatchUp, Key.Dataset: "finances" }, $"Unexpected step {next}");
        var finances = progress.Keys.Single(k => k.Dataset == "finances");
        progress[finances] = progress[finances] with { LastSuccessAt = Now };
        Assert.Null(SyncPlanner.Next(pulls, connection.MarketplaceIds, progress.GetValueOrDefault, Now, new SyncOptions(), _ => false));
    }

    // The rows an earlier release wrote: one marketplace per connection, one progress row per dataset, all imported and fresh.
    private static async Task InsertLegacyAsync(NpgsqlDataSource dataSource, string schema, Guid connectionId, IEnumerable<string> datasets, CancellationToken cancellation)
    {
        await using var connection = dataSource.CreateCommand($"""
            INSERT INTO "{schema}".marketplace_connections (id, marketplace, marketplace_id, account, region, sealed_credentials, status, connected_at, updated_at)
            VALUES (@id, 'amazon', '{Germany}', 'A1LEGACYSELLER0', 'EU', 'gAAAAA-sealed', 'connected', @at, @at)
            """);
        connection.Parameters.AddWithValue("id", connectionId);
        connection.Parameters.AddWithValue("at", Now.AddDays(-100));
        await connection.ExecuteNonQueryAsync(cancellation);
        foreach (var dataset in datasets)
        {
            await using var progress = dataSource.CreateCommand($"""
                INSERT INTO "{schema}".sync_datasets (connection_id, dataset, state, horizon, covered_from, covered_to, started_at, last_success_at, last_attempt_at, rows)
                VALUES (@id, @dataset, 'idle', @horizon, @horizon, @to, @horizon, @to, @to, 10)
                """);
            progress.Parameters.AddWithValue("id", connectionId);
            progress.Parameters.AddWithValue("dataset", dataset);
            progress.Parameters.AddWithValue("horizon", Now.AddDays(-800));
            progress.Parameters.AddWithValue("to", Now.AddMinutes(-3));
            await progress.ExecuteNonQueryAsync(cancellation);
        }
    }
}
