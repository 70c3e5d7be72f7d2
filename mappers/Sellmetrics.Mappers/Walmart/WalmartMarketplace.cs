namespace Sellmetrics.Mappers.Walmart;

/// <summary>The marketplace id Walmart US facts are stored under (Walmart has no id of its own for it), and the one currency it sells in.</summary>
public static class WalmartMarketplace
{
    public const string Id = "WALMART_US";

    /// <summary>Walmart.com's currency: a line whose payload names none is in it.</summary>
    public const string Currency = "USD";
}
