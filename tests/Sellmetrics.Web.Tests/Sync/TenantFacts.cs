using Npgsql;
using Sellmetrics.Testing;

namespace Sellmetrics.Web.Tests.Sync;

/// <summary>A fingerprint of everything a tenant's schema holds except its bookkeeping (sync progress, audit log).</summary>
internal static class TenantFacts
{
    private static readonly string[] Bookkeeping = ["sync_datasets", "audit_log", "schema_migrations"];

    public static async Task<Dictionary<string, string>> FingerprintAsync(NpgsqlDataSource database, Guid tenantId)
    {
        var schema = $"tenant_{tenantId:N}";
        var tables = await database.ListAsync<string>(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = @schema AND table_type = 'BASE TABLE' ORDER BY 1", ("schema", schema));
        var fingerprint = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !Bookkeeping.Contains(t)))
        {
            var rows = await database.ScalarAsync<long>($"SELECT count(*) FROM \"{schema}\".\"{table}\"");
            var digest = await database.ScalarAsync<string>($"SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{schema}\".\"{table}\" t");
            fingerprint[table] = $"{rows}:{digest}";
        }

        return fingerprint;
    }

    public static Task<long> CountAsync(NpgsqlDataSource database, Guid tenantId, string table) =>
        database.ScalarAsync<long>($"SELECT count(*) FROM \"tenant_{tenantId:N}\".\"{table}\"");
}
