namespace Sellmetrics.Marketplaces.Amazon.Authorization;

/// <summary>
/// The SP-API website authorization workflow, for the web layer's authorize and callback endpoints:
/// build the consent URL with a signed, expiring state; on the callback check the state and exchange the code.
/// </summary>
public interface IAmazonAuthorizationService
{
    /// <summary>
    /// Starts a consent for a tenant (called by <c>GET /api/connections/amazon/authorize</c>); <paramref name="redirectUri"/>
    /// is optional for Amazon (it then uses the app's first registered one).
    /// </summary>
    AmazonConsentRequest BeginConsent(Guid tenantId, Uri? redirectUri = null);

    /// <summary>Reads a <c>state</c> back; null when it was tampered with, issued by someone else or has expired.</summary>
    AmazonAuthorizationState? ReadState(string state);

    /// <summary>
    /// Completes the callback: checks <paramref name="state"/>, exchanges <paramref name="spapiOauthCode"/> (valid 5 minutes)
    /// for the refresh token; <paramref name="redirectUri"/> is the registered redirect URI the callback came to. Null when the state is invalid.
    /// </summary>
    Task<AmazonAuthorization?> CompleteAsync(
        string state, string sellingPartnerId, string spapiOauthCode, Uri redirectUri, CancellationToken cancellationToken = default);
}
