using Npgsql;

namespace Sellmetrics.Data.Tenants;

/// <summary>One unit of work on one tenant's data; nothing is kept unless <see cref="CommitAsync"/> is called.</summary>
public sealed class TenantSession(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
{
    public NpgsqlCommand CreateCommand(string sql) => new(sql, connection, transaction);

    /// <summary>Statements sent to the server in one round trip, inside this session's transaction.</summary>
    public NpgsqlBatch CreateBatch() => new(connection, transaction);

    /// <summary>Streams a query's rows as CSV with a header line (PostgreSQL's COPY), inside this session's transaction.</summary>
    public Task<NpgsqlCopyTextReader> ReadCsvAsync(string query, CancellationToken cancellationToken = default) =>
        connection.BeginTextExportAsync($"COPY ({query}) TO STDOUT WITH (FORMAT csv, HEADER)", cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken = default) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
