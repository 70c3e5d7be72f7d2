using CsvHelper;

namespace Sellmetrics.Marketplaces.Reports;

/// <summary>
/// Reads a delimited report (tab-separated by default) row by row and gives cells by header name, never by
/// position: columns may be reordered or appended, and a column a file lacks reads as empty.
/// </summary>
internal sealed class FlatFileReader : IDisposable
{
    private readonly CsvReader _csv;
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);

    public FlatFileReader(TextReader reader, char separator = '\t', CsvMode mode = CsvMode.NoEscape)
    {
        var options = new CsvReaderOptions
        {
            Separator = separator,
            Mode = mode,
            HasHeader = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
        };
        _csv = CsvReader.Create(reader, options, leaveOpen: true);
        _csv.ReadHeader();
        var index = 0;
        foreach (var name in _csv.Headers)
        {
            _columns.TryAdd(name.Trim().TrimStart('\uFEFF'), index++);
        }
    }

    public IReadOnlyCollection<string> Columns => _columns.Keys;

    public bool Read() => _csv.Read();

    public string? Text(string column)
    {
        if (!_columns.TryGetValue(column, out var index) || index >= _csv.FieldCount)
        {
            return null;
        }

        var value = _csv.GetString(index);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string RequiredText(string column) =>
        Text(column) ?? throw new FormatException($"Report row {_csv.RowNumber} has no value in column '{column}'.");

    public decimal? Decimal(string column) => Wrap(column, FlatFileValues.Decimal);

    public int? Int(string column) => Wrap(column, FlatFileValues.Int);

    public DateTimeOffset? Date(string column) => Wrap(column, FlatFileValues.Date);

    public void Dispose() => _csv.Dispose();

    private T Wrap<T>(string column, Func<string?, T> parse)
    {
        try
        {
            return parse(Text(column));
        }
        catch (FormatException e)
        {
            throw new FormatException($"Report row {_csv.RowNumber}, column '{column}': {e.Message}", e);
        }
    }
}
