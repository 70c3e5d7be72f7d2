using Npgsql;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Migrations;

/// <summary>Everything the migrations create, as text: columns, indexes, functions, Orleans queries, versions.</summary>
internal static class SchemaSnapshot
{
    private const string Sql = """
        SELECT 'column ' || table_schema || '.' || table_name || '.' || column_name || ' ' || data_type
        FROM information_schema.columns WHERE table_schema IN ('public', 'sellmetrics')
        UNION ALL
        SELECT 'index ' || schemaname || '.' || indexname || ' ' || indexdef
        FROM pg_indexes WHERE schemaname IN ('public', 'sellmetrics')
        UNION ALL
        SELECT 'function ' || p.proname || ' ' || md5(p.prosrc)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
        UNION ALL
        SELECT 'query ' || querykey || ' ' || md5(querytext) FROM orleansquery
        UNION ALL
        SELECT 'migration ' || scope || ' ' || version || ' ' || checksum || ' ' || applied_at
        FROM sellmetrics.schema_migrations
        ORDER BY 1
        """;

    public static Task<List<string>> TakeAsync(NpgsqlDataSource dataSource) => dataSource.ListAsync<string>(Sql);
}
