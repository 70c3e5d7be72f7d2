namespace Sellmetrics.Sync.Walmart;

/// <summary>The marketplace id Walmart US facts are stored under (Walmart has no id of its own for it).</summary>
public static class WalmartMarketplace
{
    public const string Id = "WALMART_US";
}
