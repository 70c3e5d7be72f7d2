using System.Globalization;
using System.Text;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>Writes a tab-separated flat file with a header line, as Amazon's flat-file reports are.</summary>
internal sealed class TsvWriter(IReadOnlyList<string> header)
{
    private readonly StringBuilder _text = new StringBuilder().AppendJoin('\t', header).Append('\n');

    public int Rows { get; private set; }

    public void Row(params object?[] cells)
    {
        _text.AppendJoin('\t', cells.Select(Cell).Concat(Enumerable.Repeat(string.Empty, Math.Max(0, header.Count - cells.Length)))).Append('\n');
        Rows++;
    }

    public ReportDocument ToDocument(bool hasData) =>
        new(Encoding.UTF8.GetBytes(_text.ToString()), "text/plain; charset=UTF-8", hasData);

    public static string Date(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        decimal amount => amount.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => (value.ToString() ?? string.Empty).Replace('\t', ' ').Replace('\n', ' '),
    };
}
