namespace Sellmetrics.Facts.Costs;

/// <summary>The one spelling of a frequency outside the code: lower case, as requests, responses, the database and ledger text use it.</summary>
public static class CostFrequencyNames
{
    public static string Of(CostFrequency frequency) => frequency.ToString().ToLowerInvariant();

    /// <summary>Reads a name in any case; unlike <c>Enum.TryParse</c>, never a number or a comma-joined list.</summary>
    public static bool TryParse(string? name, out CostFrequency frequency)
    {
        foreach (var candidate in Enum.GetValues<CostFrequency>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                frequency = candidate;
                return true;
            }
        }

        frequency = default;
        return false;
    }

    public static CostFrequency Parse(string name) =>
        TryParse(name, out var frequency) ? frequency : throw new FormatException($"'{name}' is not a cost frequency.");
}
