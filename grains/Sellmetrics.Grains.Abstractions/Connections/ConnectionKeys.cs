using System.Security.Cryptography;
using System.Text;
using Sellmetrics.Rules;

namespace Sellmetrics.Grains.Connections;

/// <summary>
/// Connection ids derived from the marketplace account, so connecting the same account again updates its connection
/// instead of adding a second one (Walmart's is a hash of the client id, which is not shown). An Amazon connection is one
/// seller account in one region; one stored before that (its id derived from seller and marketplace) stays that account's.
/// </summary>
public static class ConnectionKeys
{
    /// <summary>The connection of an Amazon seller account in a region: the tenant's existing one if any, else a new id.</summary>
    public static Guid ForAmazon(string sellerId, string region, IEnumerable<ConnectionSnapshot> existing) =>
        existing.FirstOrDefault(c => c.Marketplace == MarketplaceNames.Amazon && c.Account == sellerId && string.Equals(c.Region, region, StringComparison.OrdinalIgnoreCase))?.Id
        ?? Derive($"{MarketplaceNames.Amazon}:{sellerId}:region:{region.ToUpperInvariant()}");

    /// <summary>The id a single-marketplace Amazon connection had before connections became regional.</summary>
    public static Guid ForAmazonMarketplace(string sellerId, string marketplaceId) => Derive($"{MarketplaceNames.Amazon}:{sellerId}:{marketplaceId}");

    public static Guid ForWalmart(string clientId) => Derive($"{MarketplaceNames.Walmart}:{clientId}");

    private static Guid Derive(string account) => new(SHA256.HashData(Encoding.UTF8.GetBytes(account)).AsSpan(0, 16));
}
