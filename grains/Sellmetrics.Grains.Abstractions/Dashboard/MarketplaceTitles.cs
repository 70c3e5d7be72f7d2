using Sellmetrics.Facts.Marketplaces;

namespace Sellmetrics.Grains.Dashboard;

/// <summary>The storefront a marketplace id stands for, as sellers know it.</summary>
public static class MarketplaceTitles
{
    // Walmart's one marketplace (Sellmetrics.Mappers' WalmartMarketplace.Id, which this assembly cannot reference).
    private const string WalmartUnitedStates = "WALMART_US";

    /// <summary>The storefront's name, or the id itself when it is not one Sellmetrics knows.</summary>
    public static string Of(string marketplaceId) =>
        marketplaceId == WalmartUnitedStates ? "Walmart.com" : AmazonMarketplaces.Find(marketplaceId)?.Storefront ?? marketplaceId;
}
