using Npgsql;

namespace Sellmetrics.Testing;

/// <summary>
/// Searches every table of every schema (the Orleans tables included; byte columns decoded as
/// text) for rows that contain any of the given strings, case-insensitively.
/// </summary>
public static class TenantTraces
{
    public static async Task<IReadOnlyDictionary<string, long>> FindAsync(NpgsqlDataSource dataSource, IEnumerable<string> needles, params string[] exceptTables)
    {
        var patterns = needles.Select(needle => $"%{needle}%").ToArray();
        var tables = await dataSource.ListAsync<string>("""
            SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
            """);
        var found = new Dictionary<string, long>();
        foreach (var table in tables.Where(table => !exceptTables.Contains(table)))
        {
            var byteColumns = await dataSource.ListAsync<string>(
                "SELECT format('%I', column_name) FROM information_schema.columns WHERE format('%I.%I', table_schema, table_name) = @table AND data_type = 'bytea'",
                ("table", table));
            var predicate = string.Join(" OR ", byteColumns.Select(column => $"encode({column}, 'escape') ILIKE ANY(@patterns)").Prepend("t::text ILIKE ANY(@patterns)"));
            var count = await dataSource.ScalarAsync<long>($"SELECT count(*) FROM {table} t WHERE {predicate}", ("patterns", patterns));
            if (count > 0)
            {
                found[table] = count;
            }
        }

        return found;
    }
}
