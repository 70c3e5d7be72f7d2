using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Amazon.Http;
using Sellmetrics.Marketplaces.Auth;
using Sellmetrics.Marketplaces.Json;

namespace Sellmetrics.Marketplaces.Amazon.Sellers;

/// <summary>
/// Proves whose account an LWA grant is for before a seller id becomes a key of shared state. Amazon has no "who am I":
/// neither the token response nor the Sellers API names the seller. So getMarketplaceParticipations must list the chosen
/// marketplace, and searchListingsItems, scoped to the claimed seller id, must be allowed: the SP-API refuses (403) a seller
/// id the token was not granted for. Both go straight to the transport, outside the claimed seller's buckets and breaker.
/// </summary>
internal sealed class AmazonAccountVerifier(IHttpClientFactory httpClientFactory, IOptions<AmazonOptions> options)
{
    public async Task<AmazonAccountCheck> VerifyAsync(AmazonSellerCredentials credentials, AccessToken token, CancellationToken cancellationToken)
    {
        var endpoint = options.Value.EndpointFor(credentials.Region).ToString().TrimEnd('/');
        IReadOnlyList<string> participating;
        using (var participations = await GetAsync($"{endpoint}/sellers/v1/marketplaceParticipations", token, cancellationToken).ConfigureAwait(false))
        {
            if (!participations.IsSuccessStatusCode)
            {
                return new AmazonAccountCheck(OutcomeOf(participations.StatusCode), []);
            }

            var body = await participations.Content.ReadFromJsonAsync<MarketplaceParticipationsResponse>(MarketplaceJson.CamelCase, cancellationToken).ConfigureAwait(false);
            participating = [.. (body?.Payload ?? []).Where(p => p.Participation?.IsParticipating == true).Select(p => p.Marketplace?.Id).OfType<string>().Distinct(StringComparer.Ordinal)];
            if (!participating.Contains(credentials.MarketplaceId, StringComparer.Ordinal))
            {
                return new AmazonAccountCheck(CredentialCheckOutcome.WrongAccount, participating);
            }
        }

        var seller = Uri.EscapeDataString(credentials.SellerId);
        var marketplace = Uri.EscapeDataString(credentials.MarketplaceId);
        using var listings = await GetAsync($"{endpoint}/listings/2021-08-01/items/{seller}?marketplaceIds={marketplace}&pageSize=1", token, cancellationToken)
            .ConfigureAwait(false);
        return new AmazonAccountCheck(listings.StatusCode == HttpStatusCode.Forbidden ? CredentialCheckOutcome.WrongAccount : OutcomeOf(listings.StatusCode), participating);
    }

    private async Task<HttpResponseMessage> GetAsync(string url, AccessToken token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url));
        request.Headers.TryAddWithoutValidation(AmazonAccessTokenHandler.AccessTokenHeader, token.Value);
        request.Headers.TryAddWithoutValidation("user-agent", options.Value.UserAgent);
        return await httpClientFactory.CreateClient(AmazonSellerApiFactory.HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static CredentialCheckOutcome OutcomeOf(HttpStatusCode status) => status switch
    {
        >= HttpStatusCode.OK and < HttpStatusCode.Ambiguous => CredentialCheckOutcome.Accepted,
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => CredentialCheckOutcome.Refused,
        _ => CredentialCheckOutcome.Unavailable,
    };
}
