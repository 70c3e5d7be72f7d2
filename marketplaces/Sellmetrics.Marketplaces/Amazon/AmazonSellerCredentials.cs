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
    /// <summary>
    /// The rate-limit and circuit-breaker account, as Amazon meters it: one per application (a fingerprint of the LWA
    /// client id), seller and region. Only credentials whose seller id was verified against their grant are stored, so
    /// two connections share it only when they are truly the same application acting for the same seller.
    /// </summary>
    internal string Account => $"amazon:{Region}:{TokenFingerprint.Of(LwaClientId)}:{SellerId}";

    public override string ToString() =>
        $"AmazonSellerCredentials {{ LwaClientId = {Redaction.Tail(LwaClientId)}, LwaClientSecret = {Redaction.Mask}, RefreshToken = {Redaction.Mask}, SellerId = {SellerId}, MarketplaceId = {MarketplaceId}, Region = {Region} }}";
}
