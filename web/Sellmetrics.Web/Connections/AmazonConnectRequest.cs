using System.ComponentModel.DataAnnotations;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Rules;
using Sellmetrics.Web.Security;

namespace Sellmetrics.Web.Connections;

/// <summary>
/// The body of <c>PUT /api/connections/amazon</c>: SP-API credentials entered by hand, and the marketplaces to track:
/// <c>marketplaceIds</c> (several of one region), else <c>marketplaceId</c> alone, else Amazon.com.
/// </summary>
public sealed record AmazonConnectRequest(
    string? LwaClientId, string? LwaClientSecret, string? RefreshToken, string? SellerId, string? MarketplaceId, IReadOnlyList<string>? MarketplaceIds = null)
    : IValidatableObject
{
    /// <summary>The marketplaces to track, the home one first.</summary>
    public IReadOnlyList<string> Tracked() => MarketplaceIds ?? [MarketplaceId ?? AmazonMarketplaces.UnitedStates];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        FieldErrors.Of("lwaClientId", ConnectionRules.CredentialError(LwaClientId))
            .Concat(FieldErrors.Of("lwaClientSecret", ConnectionRules.CredentialError(LwaClientSecret)))
            .Concat(FieldErrors.Of("refreshToken", ConnectionRules.CredentialError(RefreshToken)))
            .Concat(FieldErrors.Of("sellerId", ConnectionRules.CredentialError(SellerId)
                ?? (MarketplaceAccountIds.IsAmazonSellerId(SellerId!.Trim()) ? null : MarketplaceAccountIds.AmazonSellerIdRule)))
            .Concat(FieldErrors.Of(MarketplaceIds is null ? "marketplaceId" : "marketplaceIds", ConnectionRules.OneRegion(Tracked()) is null ? ConnectionRules.MarketplacesError : null));

    public override string ToString() => $"AmazonConnectRequest({SellerId}, {MarketplaceId}, {string.Join(' ', MarketplaceIds ?? [])}, secrets redacted)";
}
