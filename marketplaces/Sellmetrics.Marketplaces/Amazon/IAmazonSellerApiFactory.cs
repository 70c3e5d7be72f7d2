namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>Creates the SP-API client for one seller; the sync engine calls it at the start of a pull with decrypted credentials.</summary>
public interface IAmazonSellerApiFactory
{
    /// <summary>A client whose requests are counted in <see cref="MarketplaceCallStatistics"/> under <paramref name="statisticsKey"/> (default: the seller's account).</summary>
    IAmazonSellerApi Create(AmazonSellerCredentials credentials, string? statisticsKey = null);
}
