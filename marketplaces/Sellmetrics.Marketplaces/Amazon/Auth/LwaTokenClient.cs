using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Auth;
using Sellmetrics.Marketplaces.Json;
using Sellmetrics.Marketplaces.RateLimiting;

namespace Sellmetrics.Marketplaces.Amazon.Auth;

/// <summary>Login with Amazon token endpoint: the refresh-token grant and the authorization-code grant.</summary>
internal sealed partial class LwaTokenClient(
    IHttpClientFactory httpClientFactory,
    IOptions<AmazonOptions> options,
    IOptions<MarketplaceClockOptions> clock,
    TimeProvider timeProvider,
    ILogger<LwaTokenClient> logger)
{
    public const string HttpClientName = "Sellmetrics.Amazon.Lwa";

    public async Task<AccessToken> RefreshAsync(AmazonSellerCredentials credentials, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = credentials.RefreshToken,
            ["client_id"] = credentials.LwaClientId,
            ["client_secret"] = credentials.LwaClientSecret,
        };
        var token = await PostAsync(form, credentials.SellerId, cancellationToken).ConfigureAwait(false);
        LogRefreshed(logger, credentials.SellerId, token.ExpiresIn);
        return new AccessToken(token.AccessToken, timeProvider.GetUtcNow() + clock.Value.ToLocal(TimeSpan.FromSeconds(token.ExpiresIn)));
    }

    /// <summary>Exchanges an <c>spapi_oauth_code</c> for the seller's long-lived refresh token.</summary>
    public async Task<string> ExchangeCodeAsync(string code, string sellerId, Uri redirectUri, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.ClientId) || string.IsNullOrEmpty(settings.ClientSecret))
        {
            throw new InvalidOperationException("Amazon:ClientId and Amazon:ClientSecret are required for the authorization-code grant.");
        }

        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri.ToString(),
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret,
        };

        var token = await PostAsync(form, sellerId, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token.RefreshToken))
        {
            throw new MarketplaceAuthenticationException("Amazon", HttpStatusCode.OK, "missing_refresh_token");
        }

        LogCodeExchanged(logger, sellerId);
        return token.RefreshToken;
    }

    private async Task<LwaTokenResponse> PostAsync(Dictionary<string, string> form, string sellerId, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        using var content = new FormUrlEncodedContent(form);
        content.Headers.ContentType!.CharSet = "UTF-8";
        using var response = await http.PostAsync(options.Value.LwaTokenUrl, content, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return await response.Content.ReadFromJsonAsync<LwaTokenResponse>(MarketplaceJson.Exact, cancellationToken).ConfigureAwait(false)
                ?? throw new MarketplaceAuthenticationException("Amazon", response.StatusCode, "empty_response");
        }

        var error = await OAuthErrorResponse.TryReadAsync(response, cancellationToken).ConfigureAwait(false);
        LogRefused(logger, sellerId, (int)response.StatusCode, error?.Error ?? "none");
        if (error?.Error == "invalid_grant")
        {
            throw new MarketplaceAuthorizationRevokedException("Amazon", sellerId, "invalid_grant");
        }

        throw new MarketplaceAuthenticationException("Amazon", response.StatusCode, error?.Error);
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Debug, Message = "LWA access token refreshed for seller {SellerId}, valid {ExpiresInSeconds} s")]
    private static partial void LogRefreshed(ILogger logger, string sellerId, int expiresInSeconds);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "LWA authorization code exchanged for seller {SellerId}")]
    private static partial void LogCodeExchanged(ILogger logger, string sellerId);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "LWA refused a token request for seller {SellerId}: {StatusCode} {Error}")]
    private static partial void LogRefused(ILogger logger, string sellerId, int statusCode, string error);
}
