namespace Sellmetrics.Data.Tenants;

/// <summary>
/// What a tenant's data export holds: one CSV per table of the tenant's schema with every column, as the schema itself
/// lists them, so a new table or column is exported without a second list to keep. Sealed marketplace credentials, the
/// sealed webhook secret and pull cursors are internal and stay out.
/// </summary>
public static class TenantExportFiles
{
    /// <summary>Columns (table.column) that never leave the system.</summary>
    public static IReadOnlySet<string> Withheld { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "marketplace_connections.sealed_credentials",
        "sync_datasets.cursor",
        "alert_webhook.sealed_secret",
    };

    private static readonly Dictionary<string, string> FileNames = new(StringComparer.Ordinal) { ["cogs"] = "unit_costs" };

    /// <summary>The file name and query of each table of the session's schema, in table-name order.</summary>
    public static async Task<IReadOnlyList<(string File, string Query)>> ListAsync(TenantSession session, CancellationToken cancellationToken = default)
    {
        await using var command = session.CreateCommand("""
            SELECT c.table_name, c.column_name
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
            ORDER BY c.table_name, c.ordinal_position
            """);
        var columns = new List<(string Table, string Column)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        return [.. columns.GroupBy(c => c.Table, StringComparer.Ordinal).Select(table => (
            $"{FileNames.GetValueOrDefault(table.Key, table.Key)}.csv",
            $"SELECT {string.Join(", ", table.Where(c => !Withheld.Contains($"{c.Table}.{c.Column}")).Select(c => Quoted(c.Column)))} FROM {Quoted(table.Key)} ORDER BY 1"))];
    }

    private static string Quoted(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
