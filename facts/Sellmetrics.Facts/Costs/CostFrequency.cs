namespace Sellmetrics.Facts.Costs;

/// <summary>How often a recurring cost's amount is due.</summary>
public enum CostFrequency
{
    Daily,
    Weekly,
    Monthly,
    Yearly,
}
