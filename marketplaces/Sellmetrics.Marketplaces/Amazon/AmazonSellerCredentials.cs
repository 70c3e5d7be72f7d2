using Sellmetrics.Marketplaces.Auth;

namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>
/// What it takes to call the SP-API for one seller. Decrypted only for the duration of a pull;
/// <see cref="ToString"/> hides the client secret and the refresh token.
/// </summary>
public sealed record AmazonSellerCredentials(
    string LwaClientId,
    string LwaClientSecret,
    string RefreshToken,
    string SellerId,
    string MarketplaceId,
    AmazonRegion Region)
{
    /// <summary>The rate-limit and circuit-breaker account: one per application, seller and region.</summary>
    internal string Account => $"amazon:{Region}:{SellerId}";

    public override string ToString() =>
        $"AmazonSellerCredentials {{ LwaClientId = {Redaction.Tail(LwaClientId)}, LwaClientSecret = {Redaction.Mask}, RefreshToken = {Redaction.Mask}, SellerId = {SellerId}, MarketplaceId = {MarketplaceId}, Region = {Region} }}";
}
