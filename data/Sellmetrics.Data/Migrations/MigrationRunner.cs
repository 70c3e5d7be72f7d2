using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Sellmetrics.Data.Migrations;

/// <summary>
/// Applies migration sets forward, each migration once, recorded in <c>sellmetrics.schema_migrations</c>.
/// Every run holds one PostgreSQL advisory lock for its whole transaction, so silos starting
/// together queue up and the later ones find nothing left to do.
/// </summary>
public sealed partial class MigrationRunner(NpgsqlDataSource dataSource, ILogger<MigrationRunner> logger)
{
    private const string SharedSchema = "public";

    private const long AdvisoryLockKey = 0x5E11_3E7B_1C5D_0001;

    // Long enough to wait behind another silo's migration, short enough to fail a stuck start.
    private const int CommandTimeoutSeconds = 300;

    private const string CreateVersionTableSql = """
        CREATE SCHEMA IF NOT EXISTS sellmetrics;
        CREATE TABLE IF NOT EXISTS sellmetrics.schema_migrations
        (
            scope      varchar(200) NOT NULL,
            version    integer      NOT NULL,
            name       varchar(200) NOT NULL,
            checksum   char(64)     NOT NULL,
            applied_at timestamptz  NOT NULL DEFAULT now(),
            PRIMARY KEY (scope, version)
        );
        """;

    /// <summary>
    /// Applies the set's pending migrations in one transaction. With a <paramref name="schema"/>
    /// the set is a template: it is applied inside that schema (created if missing) and recorded
    /// under its own scope, so every schema made from the template migrates forward separately.
    /// </summary>
    public async Task<IReadOnlyList<Migration>> ApplyAsync(MigrationSet set, string? schema = null, CancellationToken cancellationToken = default)
    {
        if (schema is not null && !SchemaName().IsMatch(schema))
        {
            throw new ArgumentException($"'{schema}' is not a valid schema name.", nameof(schema));
        }

        var scope = schema is null ? set.Scope : $"{set.Scope}:{schema}";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", AdvisoryLockKey));
        await ExecuteAsync(connection, CreateVersionTableSql, cancellationToken);
        var applied = await ReadAppliedAsync(connection, scope, cancellationToken);

        // Unqualified names land in the target schema, never in one that merely shares the
        // database user's name ("$user" comes first in PostgreSQL's default search path).
        await ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS \"{schema ?? SharedSchema}\"; SET LOCAL search_path TO \"{schema ?? SharedSchema}\"", cancellationToken);

        var pending = new List<Migration>();
        foreach (var migration in set.Migrations)
        {
            if (applied.TryGetValue(migration.Version, out var checksum))
            {
                EnsureUnchanged(scope, migration, checksum);
                continue;
            }

            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await ExecuteAsync(
                connection,
                "INSERT INTO sellmetrics.schema_migrations (scope, version, name, checksum) VALUES (@scope, @version, @name, @checksum)",
                cancellationToken,
                ("scope", scope), ("version", migration.Version), ("name", migration.Name), ("checksum", migration.Checksum));
            LogApplied(scope, migration.Version, migration.Name);
            pending.Add(migration);
        }

        await transaction.CommitAsync(cancellationToken);
        LogUpToDate(scope, set.Migrations[^1].Version, pending.Count);
        return pending;
    }

    private static void EnsureUnchanged(string scope, Migration migration, string appliedChecksum)
    {
        if (!string.Equals(appliedChecksum, migration.Checksum, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"Migration {migration} of scope '{scope}' was changed after it was applied. " +
                "Applied migrations are immutable: add a new migration instead.");
        }
    }

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(NpgsqlConnection connection, string scope, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM sellmetrics.schema_migrations WHERE scope = @scope", connection);
        command.Parameters.AddWithValue("scope", scope);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = CommandTimeoutSeconds };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Scope} {Version:D4}_{Name}")]
    private partial void LogApplied(string scope, int version, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema {Scope} is at version {Version} ({AppliedCount} applied now)")]
    private partial void LogUpToDate(string scope, int version, int appliedCount);
}
