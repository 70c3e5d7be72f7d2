namespace Sellmetrics.Marketplaces.Walmart;

/// <summary>Creates the Walmart client for one seller; the sync engine calls it at the start of a pull with decrypted credentials.</summary>
public interface IWalmartSellerApiFactory
{
    /// <summary>A client whose requests are counted in <see cref="MarketplaceCallStatistics"/> under <paramref name="statisticsKey"/> (default: the seller's account).</summary>
    IWalmartSellerApi Create(WalmartSellerCredentials credentials, string? statisticsKey = null);
}
