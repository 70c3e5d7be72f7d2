using Sellmetrics.Data.Facts;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Facts;

/// <summary>Each fact table is described once in code; these hold the description to what the migrations built.</summary>
public sealed class FactTableDescriptionTests(TestPostgres postgres)
{
    [Fact]
    public async Task EveryDescribedColumnIsATableColumnAndEveryTableColumnIsDescribed()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var schema = await ColumnsAsync(tenant);

        Assert.All(FactTables.All, table =>
        {
            Assert.True(schema.Contains(table.Name), $"{table.Name} is not a table of the tenant schema");
            Assert.Equal(schema[table.Name].Order(StringComparer.Ordinal), table.Columns.Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public async Task EveryDescribedKeyIsTheTablesPrimaryKey()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var keys = (await ListAsync(tenant, """
            SELECT k.table_name, k.column_name
            FROM information_schema.table_constraints c
            JOIN information_schema.key_column_usage k ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
            WHERE c.table_schema = @schema AND c.constraint_type = 'PRIMARY KEY'
            """)).ToLookup(r => r.Table, r => r.Column);

        Assert.All(FactTables.All, table => Assert.Equal(keys[table.Name].Order(StringComparer.Ordinal), table.Key.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task TheExportHasAFileForEveryTableOfTheSchemaWithEveryColumnButTheWithheldOnes()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var schema = await ColumnsAsync(tenant);
        await using var session = await tenant.Database.OpenAsync(tenant.Id, TestContext.Current.CancellationToken);

        var files = await TenantExportFiles.ListAsync(session, TestContext.Current.CancellationToken);

        Assert.Equal(schema.Count, files.Count);
        Assert.Contains(files, f => f.File == "payout_lines.csv");
        Assert.Contains(files, f => f.File == "unit_costs.csv");
        foreach (var (file, query) in files)
        {
            await using var csv = await session.ReadCsvAsync(query, TestContext.Current.CancellationToken);
            var header = (await csv.ReadLineAsync(TestContext.Current.CancellationToken))!.Split(',');
            var table = schema.Single(t => $"{t.Key}.csv" == file || (t.Key == "cogs" && file == "unit_costs.csv"));
            var expected = table.Where(column => !TenantExportFiles.Withheld.Contains($"{table.Key}.{column}"));
            Assert.Equal(expected, header);
        }

        Assert.All(TenantExportFiles.Withheld, column => Assert.Contains(column.Split('.')[1], schema[column.Split('.')[0]]));
    }

    private static async Task<ILookup<string, string>> ColumnsAsync(Tenant tenant) =>
        (await ListAsync(tenant, """
            SELECT c.table_name, c.column_name
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = @schema AND t.table_type = 'BASE TABLE'
            ORDER BY c.table_name, c.ordinal_position
            """)).ToLookup(r => r.Table, r => r.Column);

    private static async Task<List<(string Table, string Column)>> ListAsync(Tenant tenant, string sql)
    {
        await using var command = tenant.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("schema", tenant.Schema);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }
}
