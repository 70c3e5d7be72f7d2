using Npgsql;
using Sellmetrics.Data.Tenants;

namespace Sellmetrics.Data.Connections;

/// <summary>A tenant's marketplace connections in its own schema; connecting and disconnecting are audited.</summary>
public sealed class ConnectionStore(TenantDatabase tenants)
{
    private const string Columns = "id, marketplace, marketplace_id, account, region, sealed_credentials, status, connected_at, updated_at, marketplace_ids, available_marketplace_ids";

    public async Task<IReadOnlyList<ConnectionRow>> ListAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand($"SELECT {Columns} FROM marketplace_connections ORDER BY connected_at, id");
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<ConnectionRow?> FindAsync(Guid tenantId, Guid connectionId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand($"SELECT {Columns} FROM marketplace_connections WHERE id = @id");
        command.Parameters.AddWithValue("id", connectionId);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Adds the connection, or replaces its credentials and status when the same account connects again.</summary>
    public async Task SaveAsync(Guid tenantId, ConnectionRow row, string actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand($"""
            INSERT INTO marketplace_connections ({Columns})
            VALUES (@id, @marketplace, @marketplaceId, @account, @region, @sealed, @status, @connectedAt, @updatedAt, @marketplaceIds, @available)
            ON CONFLICT (id) DO UPDATE SET marketplace_id = EXCLUDED.marketplace_id, account = EXCLUDED.account, region = EXCLUDED.region,
                sealed_credentials = EXCLUDED.sealed_credentials, status = EXCLUDED.status, updated_at = EXCLUDED.updated_at,
                marketplace_ids = EXCLUDED.marketplace_ids, available_marketplace_ids = EXCLUDED.available_marketplace_ids
            """);
        command.Parameters.AddWithValue("id", row.Id);
        command.Parameters.AddWithValue("marketplace", row.Marketplace);
        command.Parameters.AddWithValue("marketplaceId", row.MarketplaceId);
        command.Parameters.AddWithValue("account", row.Account);
        command.Parameters.AddWithValue("region", (object?)row.Region ?? DBNull.Value);
        command.Parameters.AddWithValue("sealed", row.SealedCredentials);
        command.Parameters.AddWithValue("status", row.Status);
        command.Parameters.AddWithValue("connectedAt", row.ConnectedAt.ToUniversalTime());
        command.Parameters.AddWithValue("updatedAt", now.ToUniversalTime());
        command.Parameters.AddWithValue("marketplaceIds", row.MarketplaceIds.ToArray());
        command.Parameters.AddWithValue("available", row.AvailableMarketplaceIds.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
        await AuditAsync(session, actor, "connection.connected", row.Id, now, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>Deletes the connection, its credentials and its sync progress; false when there was none.</summary>
    public async Task<bool> DeleteAsync(Guid tenantId, Guid connectionId, string actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand("DELETE FROM marketplace_connections WHERE id = @id");
        command.Parameters.AddWithValue("id", connectionId);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        await AuditAsync(session, actor, "connection.disconnected", connectionId, now, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Replaces the marketplaces the connection tracks (the home one first) and could track; audited.</summary>
    public async Task SetMarketplacesAsync(
        Guid tenantId, Guid connectionId, IReadOnlyList<string> marketplaceIds, IReadOnlyList<string> available, string actor, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand(
            """
            UPDATE marketplace_connections SET marketplace_id = @home, marketplace_ids = @ids, available_marketplace_ids = @available, updated_at = @now
            WHERE id = @id
            """);
        command.Parameters.AddWithValue("id", connectionId);
        command.Parameters.AddWithValue("home", marketplaceIds[0]);
        command.Parameters.AddWithValue("ids", marketplaceIds.ToArray());
        command.Parameters.AddWithValue("available", available.ToArray());
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
        await AuditAsync(session, actor, "connection.marketplaces", connectionId, now, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>Records the marketplaces the seller could track, as Amazon last listed them (not audited: no one chose anything).</summary>
    public async Task SetAvailableMarketplacesAsync(Guid tenantId, Guid connectionId, IReadOnlyList<string> available, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand("UPDATE marketplace_connections SET available_marketplace_ids = @available WHERE id = @id");
        command.Parameters.AddWithValue("id", connectionId);
        command.Parameters.AddWithValue("available", available.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    public Task SetStatusAsync(Guid tenantId, Guid connectionId, string status, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenantId, connectionId, "status", status, cancellationToken);

    /// <summary>Replaces the sealed credentials with the same credentials sealed under a newer key.</summary>
    public Task ReplaceSealedAsync(Guid tenantId, Guid connectionId, string sealedCredentials, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenantId, connectionId, "sealed_credentials", sealedCredentials, cancellationToken);

    private async Task UpdateAsync(Guid tenantId, Guid connectionId, string column, string value, CancellationToken cancellationToken)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand($"UPDATE marketplace_connections SET {column} = @value, updated_at = now() WHERE id = @id");
        command.Parameters.AddWithValue("id", connectionId);
        command.Parameters.AddWithValue("value", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<ConnectionRow>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ConnectionRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ConnectionRow(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<DateTimeOffset>(8),
                reader.GetFieldValue<string[]>(9), reader.GetFieldValue<string[]>(10)));
        }

        return rows;
    }

    private static Task AuditAsync(TenantSession session, string actor, string action, Guid connectionId, DateTimeOffset now, CancellationToken cancellationToken) =>
        AuditLog.AppendAsync(session, actor, action, now, ("connectionId", connectionId), cancellationToken);
}
