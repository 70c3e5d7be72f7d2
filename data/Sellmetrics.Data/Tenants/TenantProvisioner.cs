using Microsoft.Extensions.Logging;
using Npgsql;
using Sellmetrics.Data.Migrations;

namespace Sellmetrics.Data.Tenants;

/// <summary>
/// Makes, migrates and drops tenant schemas: one schema and one role per tenant, the schema built
/// from the tenant template and readable and writable by that role alone.
/// </summary>
public sealed partial class TenantProvisioner(NpgsqlDataSource dataSource, MigrationRunner migrations, ILogger<TenantProvisioner> logger)
{
    /// <summary>Creates the tenant's role and schema if missing and brings the schema to the template's latest version.</summary>
    public async Task MigrateAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var tenant = new TenantSchema(tenantId);
        await ExecuteAsync($"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{tenant.RoleName}') THEN
                    CREATE ROLE "{tenant.RoleName}" NOLOGIN;
                END IF;
            END $$;
            GRANT "{tenant.RoleName}" TO CURRENT_USER;
            """, cancellationToken);

        await migrations.ApplyAsync(MigrationSet.Tenant, tenant.SchemaName, cancellationToken);

        await ExecuteAsync($"""
            REVOKE ALL ON SCHEMA "{tenant.SchemaName}" FROM PUBLIC;
            GRANT USAGE ON SCHEMA "{tenant.SchemaName}" TO "{tenant.RoleName}";
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "{tenant.SchemaName}" TO "{tenant.RoleName}";
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{tenant.SchemaName}" TO "{tenant.RoleName}";
            """, cancellationToken);
    }

    /// <summary>Migrates every tenant that still exists and is not being purged; run at start so the template's new migrations reach them all.</summary>
    public async Task MigrateAllAsync(CancellationToken cancellationToken = default)
    {
        var tenants = new List<Guid>();
        await using (var command = dataSource.CreateCommand("SELECT id FROM identity.tenants WHERE status <> 'Purging' ORDER BY created_at"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tenants.Add(reader.GetGuid(0));
            }
        }

        foreach (var tenantId in tenants)
        {
            await MigrateAsync(tenantId, cancellationToken);
        }

        LogMigratedAll(tenants.Count);
    }

    /// <summary>Whether the tenant's schema is still there (a purge drops it).</summary>
    public async Task<bool> ExistsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = @schema)");
        command.Parameters.AddWithValue("schema", new TenantSchema(tenantId).SchemaName);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Drops the tenant's schema with everything in it, its role and its migration history.</summary>
    public async Task DropAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var tenant = new TenantSchema(tenantId);
        await ExecuteAsync($"""
            DROP SCHEMA IF EXISTS "{tenant.SchemaName}" CASCADE;
            DROP ROLE IF EXISTS "{tenant.RoleName}";
            DELETE FROM sellmetrics.schema_migrations WHERE scope = '{MigrationSet.Tenant.Scope}:{tenant.SchemaName}';
            """, cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant schemas migrated: {TenantCount}")]
    private partial void LogMigratedAll(int tenantCount);
}
