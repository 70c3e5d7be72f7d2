using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Auth;
using Sellmetrics.Marketplaces.Walmart.Auth;

namespace Sellmetrics.Marketplaces.Walmart.Http;

/// <summary>
/// Adds <c>WM_SEC.ACCESS_TOKEN</c>, a fresh <c>WM_QOS.CORRELATION_ID</c> and <c>WM_SVC.NAME</c> to every call; on a 401
/// (the token lives 15 minutes) it gets a new token and sends the request once more. A 401 for a brand-new token
/// means the key pair lost its access: that is the revoked outcome, not an error to retry.
/// </summary>
internal sealed partial class WalmartAuthHandler(
    WalmartSellerCredentials credentials, WalmartTokenClient tokens, IOptions<WalmartOptions> options, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(credentials, cancellationToken).ConfigureAwait(false);
        var response = await SendWithTokenAsync(request, token.Value, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        LogTokenRejected(logger, credentials.Account);
        response.Dispose();
        tokens.Invalidate(credentials, token);
        token = await tokens.GetAsync(credentials, cancellationToken).ConfigureAwait(false);
        response = await SendWithTokenAsync(request, token.Value, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        var code = await MarketplaceErrors.FirstCodeAsync(response, cancellationToken).ConfigureAwait(false);
        response.Dispose();
        throw new MarketplaceAuthorizationRevokedException("Walmart", credentials.Account, code ?? "UNAUTHORIZED");
    }

    private Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, string accessToken, CancellationToken cancellationToken)
    {
        WalmartHeaders.Apply(request, options.Value);
        request.Headers.Remove(WalmartHeaders.AccessToken);
        request.Headers.TryAddWithoutValidation(WalmartHeaders.AccessToken, accessToken);
        return base.SendAsync(request, cancellationToken);
    }

    [LoggerMessage(EventId = 7303, Level = LogLevel.Information, Message = "Walmart rejected the access token of {Account}; refreshing it once")]
    private static partial void LogTokenRejected(ILogger logger, string account);
}
