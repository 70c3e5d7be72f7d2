namespace Sellmetrics.Marketplaces.Walmart;

/// <summary>Creates the Walmart client for one seller; the sync engine calls it at the start of a pull with decrypted credentials.</summary>
public interface IWalmartSellerApiFactory
{
    IWalmartSellerApi Create(WalmartSellerCredentials credentials);
}
