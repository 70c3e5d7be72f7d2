using Npgsql;

namespace Sellmetrics.Data.Facts;

/// <summary>A stored row read by column name, so no query's column order is a second description of its table.</summary>
internal sealed class FactRow(NpgsqlDataReader reader)
{
    public string Text(string column) => reader.GetString(reader.GetOrdinal(column));

    public string? OptionalText(string column) => Optional(column, reader.GetString);

    public decimal Money(string column) => reader.GetDecimal(reader.GetOrdinal(column));

    public decimal? OptionalMoney(string column) => Optional(column, i => (decimal?)reader.GetDecimal(i));

    public int Int(string column) => reader.GetInt32(reader.GetOrdinal(column));

    public bool Flag(string column) => reader.GetBoolean(reader.GetOrdinal(column));

    public DateOnly Day(string column) => reader.GetFieldValue<DateOnly>(reader.GetOrdinal(column));

    public DateTimeOffset Instant(string column) => reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal(column));

    public DateTimeOffset? OptionalInstant(string column) => Optional(column, i => (DateTimeOffset?)reader.GetFieldValue<DateTimeOffset>(i));

    private T? Optional<T>(string column, Func<int, T> read)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? default : read(ordinal);
    }
}
