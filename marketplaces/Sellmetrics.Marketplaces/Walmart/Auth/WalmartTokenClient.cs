using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Auth;
using Sellmetrics.Marketplaces.Json;
using Sellmetrics.Marketplaces.RateLimiting;

namespace Sellmetrics.Marketplaces.Walmart.Auth;

/// <summary>Walmart's <c>POST /v3/token</c> client-credentials grant, cached per seller until shortly before expiry.</summary>
internal sealed partial class WalmartTokenClient(
    IHttpClientFactory httpClientFactory,
    AccessTokenCache cache,
    IOptions<WalmartOptions> options,
    IOptions<MarketplaceClockOptions> clock,
    TimeProvider timeProvider,
    ILogger<WalmartTokenClient> logger)
{
    public const string HttpClientName = "Sellmetrics.Walmart.Token";

    public ValueTask<AccessToken> GetAsync(WalmartSellerCredentials credentials, CancellationToken cancellationToken) =>
        cache.GetAsync(
            CacheKey(credentials),
            clock.Value.ToLocal(options.Value.AccessTokenRefreshMargin),
            ct => RequestAsync(credentials, ct),
            cancellationToken);

    public void Invalidate(WalmartSellerCredentials credentials, AccessToken token) => cache.Invalidate(CacheKey(credentials), token);

    private static string CacheKey(WalmartSellerCredentials credentials) =>
        $"{credentials.Account}|{TokenFingerprint.Of(credentials.ClientId, credentials.ClientSecret)}";

    private async Task<AccessToken> RequestAsync(WalmartSellerCredentials credentials, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{settings.BaseUrl.ToString().TrimEnd('/')}/v3/token"));
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.ClientId}:{credentials.ClientSecret}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        WalmartHeaders.Apply(request, settings);
        request.Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]);

        var http = httpClientFactory.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            var token = await response.Content.ReadFromJsonAsync<WalmartTokenResponse>(MarketplaceJson.Exact, cancellationToken).ConfigureAwait(false)
                ?? throw new MarketplaceAuthenticationException("Walmart", response.StatusCode, "empty_response");
            LogIssued(logger, credentials.Account, token.ExpiresIn);
            return new AccessToken(token.AccessToken, timeProvider.GetUtcNow() + clock.Value.ToLocal(TimeSpan.FromSeconds(token.ExpiresIn)));
        }

        var code = await MarketplaceErrors.FirstCodeAsync(response, cancellationToken).ConfigureAwait(false);
        LogRefused(logger, credentials.Account, (int)response.StatusCode, code ?? "none");
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || code == "invalid_grant")
        {
            throw new MarketplaceAuthorizationRevokedException("Walmart", credentials.Account, code ?? "UNAUTHORIZED");
        }

        throw new MarketplaceAuthenticationException("Walmart", response.StatusCode, code);
    }

    [LoggerMessage(EventId = 7301, Level = LogLevel.Debug, Message = "Walmart access token issued for {Account}, valid {ExpiresInSeconds} s")]
    private static partial void LogIssued(ILogger logger, string account, int expiresInSeconds);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Warning, Message = "Walmart refused a token request for {Account}: {StatusCode} {Error}")]
    private static partial void LogRefused(ILogger logger, string account, int statusCode, string error);
}
