using Npgsql;
using Sellmetrics.Facts;

namespace Sellmetrics.Data.Facts;

/// <summary>
/// A fact table of <typeparamref name="T"/> records tagged with their marketplace, described once: its columns drive a
/// set-based upsert (every row of a batch in one <c>INSERT … SELECT FROM unnest(arrays)</c> that updates a row only when
/// a compared column really differs, returning the keys of rows inserted or changed), the column list of every read,
/// and <paramref name="read"/> turns a row, by column name, back into its record.
/// </summary>
internal sealed class FactTable<T>(string name, IReadOnlyList<FactColumn<MarketplaceFact<T>>> columns, Func<FactRow, T> read) : IFactTable
{
    private readonly string _sql = Sql(name, columns);
    private readonly FactColumn<MarketplaceFact<T>>[] _keys = [.. columns.Where(c => c.Key)];

    public string Name => name;

    public IReadOnlyList<string> Columns { get; } = [.. columns.Select(c => c.Name)];

    public IReadOnlyList<string> Key => [.. _keys.Select(k => k.Name)];

    /// <summary><c>SELECT</c> of every column from the table; append a <c>WHERE</c> or <c>ORDER BY</c> clause.</summary>
    public string Select => $"SELECT {string.Join(", ", Columns)} FROM {name}";

    public T Read(NpgsqlDataReader reader) => read(new FactRow(reader));

    public MarketplaceFact<T> ReadWithMarketplace(NpgsqlDataReader reader) => new(reader.GetString(reader.GetOrdinal("marketplace")), Read(reader));

    /// <summary>Upserts <paramref name="rows"/> (the last of rows sharing a key wins) and returns those that were new or changed.</summary>
    public async Task<IReadOnlyList<MarketplaceFact<T>>> UpsertAsync(Tenants.TenantSession session, IReadOnlyList<MarketplaceFact<T>> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var unique = rows.GroupBy(KeyOf, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        await using var command = session.CreateCommand(_sql);
        for (var i = 0; i < columns.Count; i++)
        {
            command.Parameters.Add(columns[i].Values($"p{i}", unique));
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                changed.Add(reader.GetString(0));
            }
        }

        return [.. unique.Where(row => changed.Contains(KeyOf(row)))];
    }

    private string KeyOf(MarketplaceFact<T> row) => string.Join('\u001f', _keys.Select(k => k.Text(row)));

    private static string Sql(string table, IReadOnlyList<FactColumn<MarketplaceFact<T>>> columns)
    {
        var names = string.Join(", ", columns.Select(c => c.Name));
        var arrays = string.Join(", ", columns.Select((c, i) => $"@p{i}::{c.Type}[]"));
        var keys = string.Join(", ", columns.Where(c => c.Key).Select(c => c.Name));
        var updated = columns.Where(c => !c.Key).ToList();
        var compared = updated.Where(c => c.Compared).ToList();
        var set = string.Join(", ", updated.Select(c => $"{c.Name} = EXCLUDED.{c.Name}"));
        var differs = compared.Count == 0
            ? "false"
            : $"({string.Join(", ", compared.Select(c => $"{table}.{c.Name}"))}) IS DISTINCT FROM ({string.Join(", ", compared.Select(c => $"EXCLUDED.{c.Name}"))})";
        var returned = string.Join(" || chr(31) || ", columns.Where(c => c.Key).Select(c => $"coalesce({table}.{c.Name}::text, '')"));
        return $"""
            INSERT INTO {table} ({names}) SELECT * FROM unnest({arrays})
            ON CONFLICT ({keys}) DO UPDATE SET {set} WHERE {differs}
            RETURNING {returned}
            """;
    }
}
