namespace Sellmetrics.Marketplaces.Tests.Reports;

/// <summary>Builds tab-separated report text from rows of cells.</summary>
internal static class ReportFiles
{
    public static StringReader Tsv(params string[][] rows) =>
        new(string.Join('\n', rows.Select(r => string.Join('\t', r))) + "\n");
}
