using Npgsql;

namespace Sellmetrics.Data.Tenants;

/// <summary>
/// The shared-table part of a tenant purge: its users (with their links and mail) and tenant row, every Orleans grain-state and
/// reminder row keyed by it, and in their place one record of who purged it and when.
/// </summary>
public sealed class TenantRemoval(NpgsqlDataSource dataSource)
{
    public async Task RemoveAsync(Guid tenantId, string purgedBy, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            DELETE FROM sellmetrics.mail_outbox o USING identity.users u
            WHERE u.tenant_id = @tenant AND lower(o.recipient) = lower(u.email);
            DELETE FROM sellmetrics.mail_outbox o USING identity.email_verifications v JOIN identity.users u ON u.id = v.user_id
            WHERE u.tenant_id = @tenant AND lower(o.recipient) = lower(v.email);
            DELETE FROM sellmetrics.webhook_outbox WHERE tenant_id = @tenant;
            DELETE FROM identity.users WHERE tenant_id = @tenant;
            DELETE FROM identity.tenants WHERE id = @tenant;
            DELETE FROM orleansstorage WHERE position(@key in grainidextensionstring) > 0;
            DELETE FROM orleansreminderstable WHERE position(@key in grainid) > 0;
            INSERT INTO sellmetrics.tenant_purges (tenant_id, purged_by, reason, purged_at)
            VALUES (@tenant, @purgedBy, @reason, @at)
            ON CONFLICT (tenant_id) DO NOTHING;
            """);
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("key", TenantKey.Format(tenantId));
        command.Parameters.AddWithValue("purgedBy", purgedBy);
        command.Parameters.AddWithValue("reason", reason);
        command.Parameters.AddWithValue("at", at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Size and row facts of a tenant for the admin view.</summary>
    public async Task<TenantStorageFacts> ReadFactsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT
                (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c
                   JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = @schema AND c.relkind = 'r'),
                (SELECT count(*)::int FROM pg_tables WHERE schemaname = @schema),
                (SELECT count(*)::int FROM orleansstorage WHERE position(@key in grainidextensionstring) > 0),
                (SELECT count(*)::int FROM orleansreminderstable WHERE position(@key in grainid) > 0)
            """);
        command.Parameters.AddWithValue("schema", new TenantSchema(tenantId).SchemaName);
        command.Parameters.AddWithValue("key", TenantKey.Format(tenantId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new TenantStorageFacts(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
    }
}
