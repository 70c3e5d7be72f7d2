using Sellmetrics.Facts.Marketplaces;

namespace Sellmetrics.Grains.Dashboard;

/// <summary>The storefront a marketplace id stands for, as sellers know it.</summary>
public static class MarketplaceTitles
{
    /// <summary>The storefront's name, or the id itself when it is not one Sellmetrics knows.</summary>
    public static string Of(string marketplaceId) =>
        AmazonMarketplaces.Find(marketplaceId)?.Storefront ?? WalmartMarketplaces.Find(marketplaceId)?.Storefront ?? marketplaceId;
}
