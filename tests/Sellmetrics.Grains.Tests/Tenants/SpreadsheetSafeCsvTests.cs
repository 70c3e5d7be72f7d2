using System.Text;
using Sellmetrics.Grains.Tenants;

namespace Sellmetrics.Grains.Tests.Tenants;

public sealed class SpreadsheetSafeCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"Click\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void EveryFormulaPrefixIsNeutralisedWithAQuote(string cell)
    {
        var csv = $"sku,unit_cost\r\n\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\",4.25\r\n";

        var rows = ReadBack(Guard(csv, chunk: 7));

        Assert.Equal(["'" + cell, "4.25"], rows[1]);
    }

    [Fact]
    public void NumbersNegativeOrSignedStayNumbersAndOtherCellsAreUntouched()
    {
        const string csv = "id,amount,fee,exp,note,empty,nothing\n1,-12.50,+3,-1.5e-7,\"a, \"\"quoted\"\" note\",\"\",\n2,-0,7,8,plain,x,\n";

        Assert.Equal(csv, Guard(csv, chunk: 1));
        Assert.Equal(csv, Guard(csv, chunk: 4096));
    }

    [Fact]
    public void AnUnquotedFormulaCellIsNeutralisedWhateverTheChunkBoundaries()
    {
        const string csv = "sku,cost\n=1+2,-5\n-SKU,3\n";

        foreach (var chunk in (int[])[1, 2, 3, 5, 100])
        {
            Assert.Equal("sku,cost\n'=1+2,-5\n'-SKU,3\n", Guard(csv, chunk));
        }
    }

    private static string Guard(string csv, int chunk)
    {
        var guard = new SpreadsheetSafeCsv();
        var output = new StringBuilder();
        for (var start = 0; start < csv.Length; start += chunk)
        {
            guard.Write(csv.AsSpan(start, Math.Min(chunk, csv.Length - start)), output);
        }

        guard.Complete(output);
        return output.ToString();
    }

    // A minimal RFC 4180 reader, to check what a spreadsheet would see in each cell.
    private static List<List<string>> ReadBack(string csv)
    {
        var rows = new List<List<string>> { new() };
        var cell = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == ',')
            {
                rows[^1].Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                rows[^1].Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add([]);
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}
