using Npgsql;

namespace Sellmetrics.Data.Tenants;

/// <summary>
/// The only way code reaches tenant data: a connection whose transaction runs as the tenant's
/// role with the tenant's schema as search path, so another tenant's tables answer
/// "permission denied".
/// </summary>
public sealed class TenantDatabase(NpgsqlDataSource dataSource)
{
    public async Task<TenantSession> OpenAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var tenant = new TenantSchema(tenantId);
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var bind = new NpgsqlCommand(
                $"SET LOCAL ROLE \"{tenant.RoleName}\"; SET LOCAL search_path TO \"{tenant.SchemaName}\"", connection, transaction);
            await bind.ExecuteNonQueryAsync(cancellationToken);
            return new TenantSession(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
