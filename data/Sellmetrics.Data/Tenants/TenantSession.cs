using Npgsql;

namespace Sellmetrics.Data.Tenants;

/// <summary>One unit of work on one tenant's data; nothing is kept unless <see cref="CommitAsync"/> is called.</summary>
public sealed class TenantSession(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
{
    public NpgsqlCommand CreateCommand(string sql) => new(sql, connection, transaction);

    public Task CommitAsync(CancellationToken cancellationToken = default) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
