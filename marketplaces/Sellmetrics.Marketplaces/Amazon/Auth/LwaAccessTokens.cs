using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Auth;
using Sellmetrics.Marketplaces.RateLimiting;

namespace Sellmetrics.Marketplaces.Amazon.Auth;

/// <summary>The LWA access token of each seller, refreshed shortly before it expires.</summary>
internal sealed class LwaAccessTokens(
    LwaTokenClient tokenClient,
    AccessTokenCache cache,
    IOptions<AmazonOptions> options,
    IOptions<MarketplaceClockOptions> clock)
{
    public ValueTask<AccessToken> GetAsync(AmazonSellerCredentials credentials, CancellationToken cancellationToken) =>
        cache.GetAsync(
            CacheKey(credentials),
            clock.Value.ToLocal(options.Value.AccessTokenRefreshMargin),
            ct => tokenClient.RefreshAsync(credentials, ct),
            cancellationToken);

    public void Invalidate(AmazonSellerCredentials credentials, AccessToken token) => cache.Invalidate(CacheKey(credentials), token);

    // The refresh token is part of the key (hashed) so a re-authorized seller never gets the old grant's token.
    private static string CacheKey(AmazonSellerCredentials credentials) =>
        $"{credentials.Account}|{TokenFingerprint.Of(credentials.LwaClientId, credentials.RefreshToken)}";
}
