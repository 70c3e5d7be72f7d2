using Microsoft.Extensions.Logging;
using Npgsql;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Data.Postgres;
using Sellmetrics.Data.Tenants;

namespace Sellmetrics.Data;

/// <summary>
/// The one PostgreSQL database of a silo: the configured one, or else an embedded cluster started
/// for this process. Opening it waits until it accepts connections and migrates the shared schema and every tenant schema.
/// </summary>
public sealed partial class SellmetricsDatabase : IAsyncDisposable
{
    public const string ConnectionStringName = "Sellmetrics";
    public const string EmbeddedDatabaseName = "sellmetrics";

    private readonly EmbeddedPostgres? _embedded;

    private SellmetricsDatabase(NpgsqlDataSource dataSource, EmbeddedPostgres? embedded)
    {
        DataSource = dataSource;
        _embedded = embedded;
    }

    /// <summary>The data source every part of the silo shares (Orleans providers included).</summary>
    public NpgsqlDataSource DataSource { get; }

    public bool IsEmbedded => _embedded is not null;

    public static async Task<SellmetricsDatabase> OpenAsync(string? connectionString, StorageOptions storage, ILoggerFactory loggerFactory, CancellationToken cancellationToken = default)
    {
        var logger = loggerFactory.CreateLogger<SellmetricsDatabase>();
        EmbeddedPostgres? embedded = null;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            embedded = await EmbeddedPostgres.StartAsync(
                new EmbeddedPostgresSettings(storage.DataDirectory, storage.PostgresBinDirectory, storage.PostgresOsUser),
                loggerFactory.CreateLogger<EmbeddedPostgres>(),
                cancellationToken);
            await embedded.EnsureDatabaseAsync(EmbeddedDatabaseName, cancellationToken);
            connectionString = embedded.ConnectionStringFor(EmbeddedDatabaseName);
        }

        var dataSource = NpgsqlDataSource.Create(connectionString);
        var database = new SellmetricsDatabase(dataSource, embedded);
        try
        {
            await WaitUntilReachableAsync(dataSource, storage.StartupTimeout, logger, cancellationToken);
            var migrations = new MigrationRunner(dataSource, loggerFactory.CreateLogger<MigrationRunner>());
            await migrations.ApplyAsync(MigrationSet.Cluster, cancellationToken: cancellationToken);
            await new TenantProvisioner(dataSource, migrations, loggerFactory.CreateLogger<TenantProvisioner>()).MigrateAllAsync(cancellationToken);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }
    }

    private static async Task WaitUntilReachableAsync(NpgsqlDataSource dataSource, TimeSpan timeout, ILogger logger, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException exception) when (exception.IsTransient && DateTimeOffset.UtcNow + delay < deadline)
            {
                LogWaiting(logger, exception.Message);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL is not reachable yet ({Reason}); retrying")]
    private static partial void LogWaiting(ILogger logger, string reason);
}
