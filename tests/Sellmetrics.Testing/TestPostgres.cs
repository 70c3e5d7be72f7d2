using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Data.Postgres;
using Xunit;

namespace Sellmetrics.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster for one test run: a temporary folder, a free loopback port,
/// fsync off; stopped and deleted afterwards. Each test takes a fresh database of its own.
/// </summary>
public sealed class TestPostgres : IAsyncLifetime
{
    private readonly Dictionary<string, Task<IAsyncDisposable>> _shared = [];
    private EmbeddedPostgres? _server;

    public EmbeddedPostgres Server => _server ?? throw new InvalidOperationException("The test PostgreSQL has not started.");

    public async ValueTask InitializeAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sellmetrics-test-{Guid.NewGuid():N}");
        _server = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresSettings(folder, BinDirectory: null, OsUser: "postgres", Ephemeral: true),
            NullLogger.Instance);
    }

    private static async Task<IAsyncDisposable> StartAsync<T>(Func<Task<T>> start)
        where T : IAsyncDisposable => await start();

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Guid.NewGuid():N}";
        await Server.EnsureDatabaseAsync(name);
        return Server.ConnectionStringFor(name);
    }

    /// <summary>Creates an empty database and a data source on it (the caller disposes it).</summary>
    public async Task<NpgsqlDataSource> CreateDataSourceAsync() => NpgsqlDataSource.Create(await CreateDatabaseAsync());

    /// <summary>Creates a database with the cluster schema applied, as a silo would find it.</summary>
    public async Task<NpgsqlDataSource> CreateMigratedDataSourceAsync()
    {
        var dataSource = await CreateDataSourceAsync();
        await new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(MigrationSet.Cluster);
        return dataSource;
    }

    /// <summary>
    /// The one host of the run under <paramref name="key"/>, started by <paramref name="start"/> the first time it is asked
    /// for; every host shared this way is stopped after the last test, before this PostgreSQL stops.
    /// </summary>
    public async Task<T> ShareAsync<T>(string key, Func<Task<T>> start)
        where T : IAsyncDisposable
    {
        Task<IAsyncDisposable> host;
        lock (_shared)
        {
            if (!_shared.TryGetValue(key, out host!))
            {
                host = _shared[key] = StartAsync(start);
            }
        }

        return (T)await host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _shared.Values)
        {
            if (host.IsCompletedSuccessfully)
            {
                await host.Result.DisposeAsync();
            }
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
