using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Data.Postgres;
using Sellmetrics.Testing;

namespace Sellmetrics.Silo.Tests.RunCommand;

/// <summary>The README's run command on a machine where nothing is configured.</summary>
public sealed class RunCommandTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(90);

    private readonly WorkingDirectory _workingDirectory = new("run");

    [Fact]
    public async Task TheRunCommandAnswersReadyOnEmbeddedPostgresAndAStopAndStartKeepsTheData()
    {
        var cancellation = TestContext.Current.CancellationToken;

        var (coldStart, firstRun) = await RunOnceAsync(cancellation);
        var (warmStart, secondRun) = await RunOnceAsync(cancellation);

        TestContext.Current.TestOutputHelper?.WriteLine($"ready after {coldStart.TotalSeconds:F1} s cold (initdb), {warmStart.TotalSeconds:F1} s warm");
        Assert.True(File.Exists(_workingDirectory.DataFile("postgres", "PG_VERSION")));
        Assert.Equal(firstRun.MigrationsAppliedAt, secondRun.MigrationsAppliedAt);
        Assert.Equal(1, firstRun.SiloGenerations);
        Assert.Equal(2, secondRun.SiloGenerations);
    }

    public void Dispose() => _workingDirectory.Dispose();

    private async Task<(TimeSpan Ready, DatabaseFacts Facts)> RunOnceAsync(CancellationToken cancellation)
    {
        await using var silo = SiloProcess.Start(_workingDirectory.Path);
        var ready = await silo.WaitUntilReadyAsync(StartTimeout, cancellation);
        var facts = await ReadFactsAsync(cancellation);

        var exitCode = await silo.StopAsync(StopTimeout);

        Assert.True(exitCode == 0, $"exit code {exitCode}:\n{silo.Output}");
        Assert.False(File.Exists(_workingDirectory.DataFile("postgres", "postmaster.pid")), "the embedded PostgreSQL still runs");
        return (ready, facts);
    }

    // Attaches to the running embedded server (which it then leaves running) to read what persisted.
    private async Task<DatabaseFacts> ReadFactsAsync(CancellationToken cancellation)
    {
        await using var server = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresSettings(_workingDirectory.DataFile(), null, "postgres"), NullLogger.Instance, cancellation);
        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionStringFor("sellmetrics"));
        // The cluster's own migrations: tenant schemas (the demo seller's among them) may still be made after the first read.
        var appliedAt = await dataSource.ListAsync<DateTime>(
            "SELECT applied_at FROM sellmetrics.schema_migrations WHERE scope = @scope ORDER BY version", ("scope", MigrationSet.Cluster.Scope));
        var generations = await dataSource.ScalarAsync<long>("SELECT count(DISTINCT generation) FROM orleansmembershiptable");
        return new DatabaseFacts(appliedAt, (int)generations);
    }

    private sealed record DatabaseFacts(IReadOnlyList<DateTime> MigrationsAppliedAt, int SiloGenerations);
}
