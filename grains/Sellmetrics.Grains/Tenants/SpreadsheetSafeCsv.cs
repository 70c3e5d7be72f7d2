using System.Globalization;
using System.Text;

namespace Sellmetrics.Grains.Tenants;

/// <summary>
/// Rewrites a CSV stream, fed in chunks of any size, so that no cell opens a spreadsheet formula (OWASP CSV injection):
/// a text cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets a leading <c>'</c>.
/// A cell that is a number (<c>-12.50</c>, <c>+3</c>) stays as it is, so numeric columns stay numbers.
/// </summary>
internal sealed class SpreadsheetSafeCsv
{
    private const string FormulaStarts = "=+-@\t\r";
    private const NumberStyles Number = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private readonly StringBuilder _cell = new();
    private bool _quoted;
    private bool _inQuotes;
    private bool _quoteInQuotes;

    /// <summary>Appends the safe form of <paramref name="chunk"/> to <paramref name="output"/>; a cell cut by the chunk's end waits for the next.</summary>
    public void Write(ReadOnlySpan<char> chunk, StringBuilder output)
    {
        foreach (var c in chunk)
        {
            if (_inQuotes)
            {
                if (_quoteInQuotes)
                {
                    _quoteInQuotes = false;
                    if (c == '"')
                    {
                        _cell.Append('"');
                        continue;
                    }

                    _inQuotes = false;
                }
                else
                {
                    if (c == '"')
                    {
                        _quoteInQuotes = true;
                    }
                    else
                    {
                        _cell.Append(c);
                    }

                    continue;
                }
            }

            if (c is ',' or '\n' or '\r')
            {
                EndCell(output);
                output.Append(c);
            }
            else if (c == '"' && _cell.Length == 0 && !_quoted)
            {
                _quoted = _inQuotes = true;
            }
            else
            {
                _cell.Append(c);
            }
        }
    }

    /// <summary>Writes the last cell, once the whole CSV has been fed.</summary>
    public void Complete(StringBuilder output)
    {
        _quoteInQuotes = _inQuotes = false;
        EndCell(output);
    }

    /// <summary>Whether a cell's value would be read by a spreadsheet as a formula.</summary>
    public static bool OpensFormula(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0], StringComparison.Ordinal)
        && !double.TryParse(value, Number, CultureInfo.InvariantCulture, out _);

    private void EndCell(StringBuilder output)
    {
        var value = _cell.ToString();
        var guarded = OpensFormula(value);
        if (_quoted || (guarded && value.AsSpan().IndexOfAny(",\"\r\n") >= 0))
        {
            output.Append('"').Append(guarded ? "'" : string.Empty).Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            output.Append(guarded ? "'" : string.Empty).Append(value);
        }

        _cell.Clear();
        _quoted = false;
    }
}
