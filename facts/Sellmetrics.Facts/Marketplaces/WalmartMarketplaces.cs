namespace Sellmetrics.Facts.Marketplaces;

/// <summary>
/// Walmart's marketplaces, the one list of them beside <see cref="AmazonMarketplaces"/>: the mappers, grains and
/// storefront titles all read it. Walmart has no id of its own for a marketplace; the stored id is its Items API's mart.
/// </summary>
public static class WalmartMarketplaces
{
    /// <summary>Walmart.com, the one marketplace a Walmart connection sells in.</summary>
    public static WalmartMarketplace UnitedStates { get; } = new("WALMART_US", "United States of America", "US", "Walmart.com", "USD");

    public static IReadOnlyList<WalmartMarketplace> All { get; } = [UnitedStates];

    public static WalmartMarketplace? Find(string? marketplaceId) => All.FirstOrDefault(m => m.Id == marketplaceId);
}
