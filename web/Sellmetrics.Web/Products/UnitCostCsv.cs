using System.Globalization;
using CsvHelper;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Grains.Products;

namespace Sellmetrics.Web.Products;

/// <summary>
/// Reads a unit-cost CSV (header <c>sku,unitCost,currency,effectiveFrom[,marketplaceId]</c> in any order; marketplace
/// defaults to Amazon.com) into import lines, or into its rows' problems, keyed <c>row N: field</c> (N counts data rows from 1):
/// the first <see cref="MaxListedRows"/> rows with problems are listed, the rest counted per field under <c>more</c>, so the
/// report stays small however bad the file.
/// </summary>
internal static class UnitCostCsv
{
    public const int MaxRows = 50_000;
    public const int MaxListedRows = 100;
    private static readonly string[] Required = ["sku", "unitCost", "currency", "effectiveFrom"];

    public static (IReadOnlyList<CogsImportLine> Lines, Dictionary<string, string[]> Errors) Read(TextReader text)
    {
        var errors = new Dictionary<string, string[]>();
        var lines = new List<CogsImportLine>();
        var unlisted = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var listedRows = 0;
        using var csv = CsvReader.Create(text, new CsvReaderOptions { HasHeader = true, TrimWhitespace = true, SkipEmptyLines = true }, leaveOpen: true);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        csv.ReadHeader();
        foreach (var (name, index) in csv.Headers.Select((name, index) => (name.Trim().TrimStart('\uFEFF'), index)))
        {
            columns.TryAdd(name, index);
        }

        if (Required.Any(column => !columns.ContainsKey(column)))
        {
            errors["header"] = [$"The first line must name the columns {string.Join(", ", Required)} (and optionally marketplaceId)."];
            return ([], errors);
        }

        for (var row = 1; csv.Read(); row++)
        {
            if (row > MaxRows)
            {
                errors["rows"] = [$"At most {MaxRows:N0} rows per file."];
                break;
            }

            var (line, problems) = ReadRow(Cell);
            if (line is not null)
            {
                lines.Add(line);
            }
            else if (listedRows++ < MaxListedRows)
            {
                foreach (var (field, messages) in problems)
                {
                    errors[$"row {row}: {field}"] = messages;
                }
            }
            else
            {
                foreach (var field in problems.Keys)
                {
                    unlisted[field] = unlisted.GetValueOrDefault(field) + 1;
                }
            }
        }

        if (listedRows > MaxListedRows)
        {
            errors["more"] = [$"{listedRows - MaxListedRows:N0} more rows need fixing ({string.Join(", ", unlisted.Select(kind => $"{kind.Key}: {kind.Value:N0}"))})."];
        }

        if (lines.Count == 0 && errors.Count == 0)
        {
            errors["rows"] = ["The file has no rows."];
        }

        return (lines, errors);

        string? Cell(string column) =>
            columns.TryGetValue(column, out var index) && index < csv.FieldCount && csv.GetString(index) is { Length: > 0 } value ? value : null;
    }

    private static (CogsImportLine? Line, Dictionary<string, string[]> Problems) ReadRow(Func<string, string?> cell)
    {
        var sku = cell("sku");
        decimal? cost = decimal.TryParse(cell("unitCost"), NumberStyles.Number, CultureInfo.InvariantCulture, out var c) ? c : null;
        var currency = cell("currency")?.ToUpperInvariant();
        DateOnly? from = DateOnly.TryParseExact(cell("effectiveFrom"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var marketplace = cell("marketplaceId") ?? AmazonMarketplaces.UnitedStates;
        var problems = UnitCostRules.Validate(sku, cost, currency, from);
        if (marketplace.Length > 32 || !marketplace.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_'))
        {
            problems["marketplaceId"] = ["Not a marketplace id."];
        }

        return problems.Count == 0 ? (new CogsImportLine(marketplace, sku!.Trim(), cost!.Value, currency!, from!.Value), problems) : (null, problems);
    }
}
