using Npgsql;
using Sellmetrics.Data.Tenants;

namespace Sellmetrics.Data.Connections;

/// <summary>Each dataset's sync progress in the tenant's schema; saved with the facts of a step, or alone after a failure.</summary>
public sealed class DatasetProgressStore(TenantDatabase tenants)
{
    private const string Columns =
        "connection_id, dataset, state, horizon, covered_from, covered_to, started_at, last_success_at, last_attempt_at, rows, api_calls, throttles, error, cursor, refused_lines, marketplace_id";

    public async Task<IReadOnlyList<DatasetProgress>> ListAsync(Guid tenantId, Guid connectionId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand($"SELECT {Columns} FROM sync_datasets WHERE connection_id = @connection ORDER BY dataset, marketplace_id");
        command.Parameters.AddWithValue("connection", connectionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<DatasetProgress>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DatasetProgress(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), Instant(reader, 3), Instant(reader, 4), Instant(reader, 5),
                Instant(reader, 6), Instant(reader, 7), Instant(reader, 8), reader.GetInt64(9), reader.GetInt64(10), reader.GetInt64(11),
                reader.IsDBNull(12) ? null : reader.GetString(12), reader.IsDBNull(13) ? null : reader.GetString(13), reader.GetInt64(14), reader.GetString(15)));
        }

        return rows;
    }

    public async Task SaveAsync(Guid tenantId, DatasetProgress progress, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await SaveAsync(session, progress, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>Forgets one dataset's progress, so it is read again from its history horizon.</summary>
    public async Task ForgetAsync(Guid tenantId, Guid connectionId, string dataset, string marketplaceId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand("DELETE FROM sync_datasets WHERE connection_id = @connection AND dataset = @dataset AND marketplace_id = @marketplace");
        command.Parameters.AddWithValue("connection", connectionId);
        command.Parameters.AddWithValue("dataset", dataset);
        command.Parameters.AddWithValue("marketplace", marketplaceId);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    internal static async Task SaveAsync(TenantSession session, DatasetProgress p, CancellationToken cancellationToken)
    {
        await using var command = session.CreateCommand($"""
            INSERT INTO sync_datasets ({Columns})
            VALUES (@connection, @dataset, @state, @horizon, @from, @to, @started, @success, @attempt, @rows, @calls, @throttles, @error, @cursor, @refused, @marketplace)
            ON CONFLICT (connection_id, dataset, marketplace_id) DO UPDATE SET
                state = EXCLUDED.state, horizon = EXCLUDED.horizon, covered_from = EXCLUDED.covered_from, covered_to = EXCLUDED.covered_to,
                started_at = EXCLUDED.started_at, last_success_at = EXCLUDED.last_success_at, last_attempt_at = EXCLUDED.last_attempt_at,
                rows = EXCLUDED.rows, api_calls = EXCLUDED.api_calls, throttles = EXCLUDED.throttles, error = EXCLUDED.error, cursor = EXCLUDED.cursor,
                refused_lines = EXCLUDED.refused_lines
            """);
        command.Parameters.AddWithValue("connection", p.ConnectionId);
        command.Parameters.AddWithValue("dataset", p.Dataset);
        command.Parameters.AddWithValue("state", p.State);
        Add(command, "horizon", p.Horizon);
        Add(command, "from", p.CoveredFrom);
        Add(command, "to", p.CoveredTo);
        Add(command, "started", p.StartedAt);
        Add(command, "success", p.LastSuccessAt);
        Add(command, "attempt", p.LastAttemptAt);
        command.Parameters.AddWithValue("rows", p.Rows);
        command.Parameters.AddWithValue("calls", p.ApiCalls);
        command.Parameters.AddWithValue("throttles", p.Throttles);
        command.Parameters.AddWithValue("error", (object?)p.Error?[..Math.Min(p.Error.Length, 500)] ?? DBNull.Value);
        command.Parameters.AddWithValue("cursor", (object?)p.Cursor ?? DBNull.Value);
        command.Parameters.AddWithValue("refused", p.RefusedLines);
        command.Parameters.AddWithValue("marketplace", p.MarketplaceId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(NpgsqlCommand command, string name, DateTimeOffset? instant) =>
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>(name, instant?.ToUniversalTime()));

    private static DateTimeOffset? Instant(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
