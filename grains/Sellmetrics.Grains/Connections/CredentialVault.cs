using System.Text.Json;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Walmart;
using Sellmetrics.Security.Fernet;

namespace Sellmetrics.Grains.Connections;

/// <summary>Seals marketplace credentials with the Fernet key ring before they touch storage, and opens them for one pull.</summary>
public sealed class CredentialVault(FernetKeyRing keys)
{
    public string Seal(AmazonSellerCredentials credentials) => keys.Encrypt(JsonSerializer.SerializeToUtf8Bytes(credentials));

    public string Seal(WalmartSellerCredentials credentials) => keys.Encrypt(JsonSerializer.SerializeToUtf8Bytes(credentials));

    public AmazonSellerCredentials OpenAmazon(string sealedCredentials) =>
        JsonSerializer.Deserialize<AmazonSellerCredentials>(keys.Decrypt(sealedCredentials))
        ?? throw new InvalidOperationException("Sealed Amazon credentials are empty.");

    public WalmartSellerCredentials OpenWalmart(string sealedCredentials) =>
        JsonSerializer.Deserialize<WalmartSellerCredentials>(keys.Decrypt(sealedCredentials))
        ?? throw new InvalidOperationException("Sealed Walmart credentials are empty.");

    /// <summary>The same credentials sealed under the newest key.</summary>
    public string Reseal(string sealedCredentials) => keys.Rotate(sealedCredentials);

    public override string ToString() => "CredentialVault(redacted)";
}
