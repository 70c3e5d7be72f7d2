using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Sellmetrics.Data.Postgres;

/// <summary>
/// A private PostgreSQL cluster run from this machine's own server programs, in a folder of ours,
/// listening on a free loopback port. Created on first start, reused afterwards (data persists);
/// stopped on dispose if this process started it.
/// </summary>
public sealed partial class EmbeddedPostgres : IAsyncDisposable
{
    public const string SuperUser = "sellmetrics";

    private readonly EmbeddedPostgresSettings _settings;
    private readonly PostgresBinaries _binaries;
    private readonly PostgresCommand _command;
    private readonly PostgresClusterFiles _files;
    private readonly string? _account;
    private readonly ILogger _logger;
    private readonly string _password;
    private bool _ownsServer;

    private EmbeddedPostgres(EmbeddedPostgresSettings settings, PostgresBinaries binaries, PostgresClusterFiles files, string? account, ILogger logger)
    {
        _settings = settings;
        _binaries = binaries;
        _files = files;
        _account = account;
        _command = new PostgresCommand(account);
        _password = files.ReadPassword();
        _logger = logger;
    }

    public string ClusterDirectory => _files.Directory;

    public int Port { get; private set; }

    /// <summary>Connection string for a database of this cluster, as its superuser over loopback TCP.</summary>
    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = SuperUser,
        Password = _password,
        Database = database,
    }.ConnectionString;

    /// <summary>Starts (creating on first use) the cluster in the settings' data folder.</summary>
    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresSettings settings, ILogger logger, CancellationToken cancellationToken = default)
    {
        settings = settings with { DataDirectory = Path.GetFullPath(settings.DataDirectory) };
        var binaries = PostgresBinaries.Locate(settings.BinDirectory);
        var account = await PostgresServerAccount.ResolveAsync(settings.OsUser, cancellationToken);
        Directory.CreateDirectory(settings.DataDirectory);
        await PostgresServerAccount.EnsureCanReachAsync(account, settings.DataDirectory, cancellationToken);

        var files = new PostgresClusterFiles(settings.DataDirectory);
        if (!files.IsInitialized)
        {
            await files.InitializeAsync(binaries, new PostgresCommand(account), account, settings.Ephemeral, cancellationToken);
            LogInitialized(logger, files.Directory);
        }

        var server = new EmbeddedPostgres(settings, binaries, files, account, logger);
        await server.StartServerAsync(cancellationToken);
        return server;
    }

    /// <summary>Creates a database in this cluster unless it exists.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsServer)
        {
            NpgsqlConnection.ClearAllPools();
            await _command.RunCheckedAsync(_binaries.PgCtl, ["stop", "-D", ClusterDirectory, "-m", "fast", "-w", "-t", "60", "-s"], CancellationToken.None);
            _ownsServer = false;
            LogStopped(_logger, Port);
        }

        if (_settings.Ephemeral)
        {
            Directory.Delete(_settings.DataDirectory, recursive: true);
        }
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var (status, _) = await _command.RunAsync(_binaries.PgCtl, ["status", "-D", ClusterDirectory], cancellationToken);
        if (status == 0 && PostmasterPort.TryRead(ClusterDirectory) is { } runningPort)
        {
            Port = runningPort;
            LogReused(_logger, Port);
            return;
        }

        Port = FreeLoopbackPort();
        await _files.PrepareLogFileAsync(_account, cancellationToken);
        await _command.RunCheckedAsync(
            _binaries.PgCtl,
            ["start", "-D", ClusterDirectory, "-w", "-t", "60", "-s", "-l", _files.LogFile, "-o", $"-p {Port}"],
            cancellationToken);
        _ownsServer = true;
        LogStarted(_logger, Port, ClusterDirectory);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created an embedded PostgreSQL cluster in {Directory}")]
    private static partial void LogInitialized(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded PostgreSQL started on 127.0.0.1:{Port} from {Directory}")]
    private static partial void LogStarted(ILogger logger, int port, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded PostgreSQL was already running on 127.0.0.1:{Port}; reusing it")]
    private static partial void LogReused(ILogger logger, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded PostgreSQL on port {Port} stopped")]
    private static partial void LogStopped(ILogger logger, int port);
}
