using System.Globalization;
using Npgsql;

namespace Sellmetrics.Data.Facts;

/// <summary>
/// One column of a fact table: its name, PostgreSQL type and how a record gives its value. <see cref="Compared"/> columns
/// decide whether an existing row changed (an observation time alone is not a change).
/// </summary>
internal abstract record FactColumn<TFact>(string Name, string Type, bool Key, bool Compared)
{
    /// <summary>A parameter holding this column's values for every row, as one array.</summary>
    public abstract NpgsqlParameter Values(string parameterName, IReadOnlyList<TFact> rows);

    /// <summary>The value as PostgreSQL's <c>::text</c> shows it, for matching returned keys.</summary>
    public abstract string Text(TFact row);
}

/// <summary>A column whose values are of <typeparamref name="TValue"/>, sent as a <c>TValue[]</c>.</summary>
internal sealed record FactColumn<TFact, TValue>(string Name, string Type, Func<TFact, TValue> Value, bool Key = false, bool Compared = true)
    : FactColumn<TFact>(Name, Type, Key, Compared)
{
    public override NpgsqlParameter Values(string parameterName, IReadOnlyList<TFact> rows) =>
        new NpgsqlParameter<TValue[]>(parameterName, [.. rows.Select(Value)]);

    public override string Text(TFact row) => Value(row) switch
    {
        null => string.Empty,
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
