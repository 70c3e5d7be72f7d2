namespace Sellmetrics.Data.Facts;

/// <summary>What every fact table's description tells without its record type: its name, columns and key.</summary>
internal interface IFactTable
{
    string Name { get; }

    IReadOnlyList<string> Columns { get; }

    IReadOnlyList<string> Key { get; }
}
