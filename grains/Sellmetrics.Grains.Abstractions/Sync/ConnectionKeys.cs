using System.Security.Cryptography;
using System.Text;

namespace Sellmetrics.Grains.Sync;

/// <summary>
/// Connection ids derived from the marketplace account, so connecting the same account again updates its connection
/// instead of adding a second one (Walmart's is a hash of the client id, which is not shown).
/// </summary>
public static class ConnectionKeys
{
    public static Guid ForAmazon(string sellerId, string marketplaceId) => Derive($"{MarketplaceNames.Amazon}:{sellerId}:{marketplaceId}");

    public static Guid ForWalmart(string clientId) => Derive($"{MarketplaceNames.Walmart}:{clientId}");

    private static Guid Derive(string account) => new(SHA256.HashData(Encoding.UTF8.GetBytes(account)).AsSpan(0, 16));
}
