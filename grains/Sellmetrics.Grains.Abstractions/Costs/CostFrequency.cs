namespace Sellmetrics.Grains.Costs;

/// <summary>How often a recurring cost is due; the amount is spread over that many days.</summary>
public enum CostFrequency
{
    Daily,
    Weekly,
    Monthly,
    Yearly,
}
