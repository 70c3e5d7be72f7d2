using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Rules;

namespace Sellmetrics.Web.Connections;

/// <summary>What a connection request's fields must be before any marketplace is asked: credentials and tracked marketplaces.</summary>
internal static class ConnectionRules
{
    public const int MaxCredentialLength = 2048;
    public const int MaxMarketplaces = 25;
    public static readonly string MarketplacesError = $"One to {MaxMarketplaces} ids of Amazon marketplaces, all of one region.";

    /// <summary>Why a credential field is refused, or null when it is acceptable.</summary>
    public static string? CredentialError(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "Required."
        : value.Length > MaxCredentialLength ? $"At most {MaxCredentialLength} characters."
        : !MarketplaceAccountIds.IsCredential(value.Trim()) ? MarketplaceAccountIds.CredentialRule
        : null;

    /// <summary>The region all the ids are of; null when one is not an Amazon marketplace, they span regions, or there are none or too many.</summary>
    public static string? OneRegion(IReadOnlyList<string?> marketplaceIds)
    {
        var regions = marketplaceIds.Select(AmazonMarketplaces.RegionOf).Distinct(StringComparer.Ordinal).ToList();
        return marketplaceIds.Count is > 0 and <= MaxMarketplaces && regions is [{ } region] ? region : null;
    }
}
