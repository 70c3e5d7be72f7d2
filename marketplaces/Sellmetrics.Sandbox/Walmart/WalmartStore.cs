namespace Sellmetrics.Sandbox.Walmart;

/// <summary>The one Walmart store the sandbox plays: Walmart US, its mart as the Items API names it, and the currency of every amount.</summary>
internal static class WalmartStore
{
    public const string Mart = "WALMART_US";

    public const string Currency = "USD";
}
