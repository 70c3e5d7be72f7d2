namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>Creates the SP-API client for one seller; the sync engine calls it at the start of a pull with decrypted credentials.</summary>
public interface IAmazonSellerApiFactory
{
    IAmazonSellerApi Create(AmazonSellerCredentials credentials);
}
