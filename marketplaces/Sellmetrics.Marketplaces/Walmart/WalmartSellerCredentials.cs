using Sellmetrics.Marketplaces.Auth;

namespace Sellmetrics.Marketplaces.Walmart;

/// <summary>A seller's Walmart API key pair. Decrypted only for the duration of a pull; <see cref="ToString"/> hides the secret.</summary>
public sealed record WalmartSellerCredentials(string ClientId, string ClientSecret)
{
    /// <summary>The rate-limit, token-cache and circuit-breaker account: a fingerprint, so logs never carry the client id.</summary>
    internal string Account => $"walmart:{TokenFingerprint.Of(ClientId)}";

    public override string ToString() =>
        $"WalmartSellerCredentials {{ ClientId = {Redaction.Tail(ClientId)}, ClientSecret = {Redaction.Mask} }}";
}
