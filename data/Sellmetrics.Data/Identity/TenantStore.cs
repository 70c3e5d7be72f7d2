using Npgsql;

namespace Sellmetrics.Data.Identity;

/// <summary>Reads and changes tenants in <c>identity.tenants</c>, and removes every shared row of a purged one.</summary>
public sealed class TenantStore(NpgsqlDataSource dataSource)
{
    private const string SelectTenant = "SELECT id, schema_name, role_name, status, created_at, purge_after FROM identity.tenants";

    public async Task<TenantRecord?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"{SelectTenant} WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<TenantListing>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT t.id, t.status, t.created_at, t.purge_after, count(u.id)
            FROM identity.tenants t LEFT JOIN identity.users u ON u.tenant_id = t.id
            GROUP BY t.id ORDER BY t.created_at
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tenants = new List<TenantListing>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tenants.Add(new TenantListing(
                reader.GetGuid(0),
                Enum.Parse<TenantStatus>(reader.GetString(1)),
                reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                (int)reader.GetInt64(4)));
        }

        return tenants;
    }

    /// <summary>The tenants a purge was started on and not yet finished.</summary>
    public async Task<IReadOnlyList<Guid>> ListPurgingAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM identity.tenants WHERE status = @status ORDER BY created_at");
        command.Parameters.AddWithValue("status", TenantStatus.Purging.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tenants = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tenants.Add(reader.GetGuid(0));
        }

        return tenants;
    }

    public async Task<IReadOnlyList<Guid>> ListUserIdsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM identity.users WHERE tenant_id = @tenant");
        command.Parameters.AddWithValue("tenant", tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var users = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(reader.GetGuid(0));
        }

        return users;
    }

    /// <summary>The addresses the tenant's users have proved, where alert mail goes.</summary>
    public async Task<IReadOnlyList<string>> ListVerifiedEmailsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT email FROM identity.users WHERE tenant_id = @tenant AND email_verified_at IS NOT NULL ORDER BY created_at");
        command.Parameters.AddWithValue("tenant", tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var emails = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            emails.Add(reader.GetString(0));
        }

        return emails;
    }

    public async Task SetStatusAsync(Guid id, TenantStatus status, DateTimeOffset? purgeAfter, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("UPDATE identity.tenants SET status = @status, purge_after = @purgeAfter WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("status", status.ToString());
        command.Parameters.AddWithValue("purgeAfter", (object?)purgeAfter ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Marks the tenant as being purged, recording who asked and why; the first request's name stays.</summary>
    public async Task MarkPurgingAsync(Guid id, string purgedBy, string reason, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE identity.tenants
            SET status = @status, purge_requested_by = coalesce(purge_requested_by, @purgedBy), purge_reason = coalesce(purge_reason, @reason)
            WHERE id = @id
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("status", TenantStatus.Purging.ToString());
        command.Parameters.AddWithValue("purgedBy", purgedBy);
        command.Parameters.AddWithValue("reason", reason);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The request of a purge under way, or null when the tenant is not being purged.</summary>
    public async Task<PurgeRequest?> FindPurgeRequestAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT coalesce(purge_requested_by, 'system'), coalesce(purge_reason, 'unfinished') FROM identity.tenants WHERE id = @id AND status = @status");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("status", TenantStatus.Purging.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new PurgeRequest(reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>The tenant's reporting time zone (IANA id), or null when there is no such tenant.</summary>
    public async Task<string?> GetTimeZoneAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT time_zone FROM identity.tenants WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task SetTimeZoneAsync(Guid id, string timeZone, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("UPDATE identity.tenants SET time_zone = @zone WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("zone", timeZone);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static TenantRecord Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetString(1),
        reader.GetString(2),
        Enum.Parse<TenantStatus>(reader.GetString(3)),
        reader.GetFieldValue<DateTimeOffset>(4),
        reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5));
}
