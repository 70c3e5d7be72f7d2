namespace Sellmetrics.Marketplaces.Auth;

/// <summary>
/// The seller's authorization is gone (LWA <c>invalid_grant</c>, or Walmart rejecting the client credentials):
/// terminal, never retried; the connection needs the seller to authorize again.
/// </summary>
public sealed class MarketplaceAuthorizationRevokedException(string marketplace, string sellerId, string errorCode)
    : Exception($"The {marketplace} authorization of seller {sellerId} was revoked or is invalid ({errorCode}).")
{
    /// <summary>"Amazon" or "Walmart".</summary>
    public string Marketplace { get; } = marketplace;

    /// <summary>The seller whose authorization is gone (an identifier, never a secret).</summary>
    public string SellerId { get; } = sellerId;

    /// <summary>The OAuth error code the marketplace answered with, e.g. <c>invalid_grant</c>.</summary>
    public string ErrorCode { get; } = errorCode;
}
