using System.Net;
using Microsoft.Extensions.Logging;
using Sellmetrics.Marketplaces.Amazon.Auth;

namespace Sellmetrics.Marketplaces.Amazon.Http;

/// <summary>
/// Puts the seller's LWA access token in <c>x-amz-access-token</c> (and Amazon's requested <c>user-agent</c>) on every
/// SP-API request. If the SP-API says the token is no longer valid (401, or 403 for an expired token), the token is
/// refreshed once and the request sent again.
/// </summary>
internal sealed partial class AmazonAccessTokenHandler(
    AmazonSellerCredentials credentials, LwaAccessTokens tokens, string userAgent, ILogger logger) : DelegatingHandler
{
    public const string AccessTokenHeader = "x-amz-access-token";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.UserAgent.Clear();
        request.Headers.TryAddWithoutValidation("user-agent", userAgent);

        var token = await tokens.GetAsync(credentials, cancellationToken).ConfigureAwait(false);
        var response = await SendWithTokenAsync(request, token.Value, cancellationToken).ConfigureAwait(false);
        if (!await IsRejectedTokenAsync(response, cancellationToken).ConfigureAwait(false))
        {
            return response;
        }

        LogTokenRejected(logger, credentials.SellerId, (int)response.StatusCode);
        response.Dispose();
        tokens.Invalidate(credentials, token);
        token = await tokens.GetAsync(credentials, cancellationToken).ConfigureAwait(false);
        return await SendWithTokenAsync(request, token.Value, cancellationToken).ConfigureAwait(false);
    }

    private Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, string accessToken, CancellationToken cancellationToken)
    {
        request.Headers.Remove(AccessTokenHeader);
        request.Headers.TryAddWithoutValidation(AccessTokenHeader, accessToken);
        return base.SendAsync(request, cancellationToken);
    }

    private static async Task<bool> IsRejectedTokenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return true;
        }

        if (response.StatusCode != HttpStatusCode.Forbidden)
        {
            return false;
        }

        // 403 also means "no access to this resource"; only an expired/invalid token is worth a refresh.
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return body.Contains("expired", StringComparison.OrdinalIgnoreCase)
            || body.Contains("revoked, malformed or invalid", StringComparison.OrdinalIgnoreCase);
    }

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "SP-API rejected the access token of seller {SellerId} ({StatusCode}); refreshing it once")]
    private static partial void LogTokenRejected(ILogger logger, string sellerId, int statusCode);
}
