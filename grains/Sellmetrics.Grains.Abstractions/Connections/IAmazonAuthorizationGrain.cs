namespace Sellmetrics.Grains.Connections;

/// <summary>The SP-API website authorization flow for the connections API (stateless; key 0).</summary>
[Alias("sellmetrics.amazon-authorization")]
public interface IAmazonAuthorizationGrain : IGrainWithIntegerKey
{
    /// <summary>The Seller Central consent URL for a tenant, with a signed state that expires; null when the app identity is not configured.</summary>
    Task<Uri?> BeginConsentAsync(Guid tenantId, Uri redirectUri);

    /// <summary>
    /// Checks the state (it must name <paramref name="tenantId"/>), exchanges the code for a refresh token and connects the
    /// seller's account in <paramref name="marketplaceId"/>; null when the state is invalid, expired or another tenant's.
    /// </summary>
    Task<ConnectResult?> CompleteAsync(Guid tenantId, string state, string sellingPartnerId, string code, Uri redirectUri, string marketplaceId, string actor);
}
