using Npgsql;

namespace Sellmetrics.Data.Outbox;

/// <summary>
/// What every outbox table shares (<c>sellmetrics.mail_outbox</c>, <c>sellmetrics.webhook_outbox</c>): rows claimed by
/// any silo's sender with <c>FOR UPDATE SKIP LOCKED</c> and a lease, so each has one sender at a time; marked sent (body
/// dropped) or failed, to be retried later or given up. Times are the database's, the same for every silo.
/// </summary>
public abstract class OutboxTable<TRow>(NpgsqlDataSource dataSource, string table, string payloadColumns)
    where TRow : IOutboxRow
{
    private const int MaxErrorLength = 200;

    protected NpgsqlDataSource DataSource => dataSource;

    /// <summary>Takes up to <paramref name="count"/> due rows for one attempt each; no other sender sees them before <paramref name="lease"/> ends.</summary>
    public async Task<IReadOnlyList<TRow>> ClaimAsync(int count, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"""
            UPDATE {table} SET attempts = attempts + 1, next_attempt_at = now() + @lease
            WHERE id IN (
                SELECT id FROM {table}
                WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                ORDER BY next_attempt_at LIMIT @count
                FOR UPDATE SKIP LOCKED)
            RETURNING id, attempts, {payloadColumns}
            """);
        command.Parameters.AddWithValue("lease", lease);
        command.Parameters.AddWithValue("count", count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<TRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    /// <summary>Marks a row delivered and drops its body (a link or alert in it must not outlive its use).</summary>
    public async Task MarkSentAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"UPDATE {table} SET sent_at = now(), body = NULL, last_error = NULL WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records a failed attempt: tried again after <paramref name="retryIn"/>, or given up (body dropped) when that is null.</summary>
    public async Task MarkFailedAsync(long id, string error, TimeSpan? retryIn, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(retryIn is null
            ? $"UPDATE {table} SET failed_at = now(), body = NULL, last_error = @error WHERE id = @id"
            : $"UPDATE {table} SET next_attempt_at = now() + @retryIn, last_error = @error WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("error", error.Length > MaxErrorLength ? error[..MaxErrorLength] : error);
        if (retryIn is { } delay)
        {
            command.Parameters.AddWithValue("retryIn", delay);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A claimed row from its columns: id, attempt, then the payload columns.</summary>
    protected abstract TRow Read(NpgsqlDataReader reader);
}
