namespace Sellmetrics.Rules;

/// <summary>The marketplaces a connection can be made to, as the connections API names them.</summary>
public static class MarketplaceNames
{
    public const string Amazon = "amazon";
    public const string Walmart = "walmart";
}
