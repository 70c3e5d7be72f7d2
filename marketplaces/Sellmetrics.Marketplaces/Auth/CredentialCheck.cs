using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Amazon.Auth;
using Sellmetrics.Marketplaces.Walmart;
using Sellmetrics.Marketplaces.Walmart.Auth;

namespace Sellmetrics.Marketplaces.Auth;

/// <summary>Checks a seller's credentials by the marketplace's own token exchange, before anything is stored.</summary>
public sealed class CredentialCheck
{
    private readonly LwaAccessTokens _amazon;
    private readonly WalmartTokenClient _walmart;

    internal CredentialCheck(LwaAccessTokens amazon, WalmartTokenClient walmart) => (_amazon, _walmart) = (amazon, walmart);

    public Task<CredentialCheckOutcome> CheckAsync(AmazonSellerCredentials credentials, CancellationToken cancellationToken = default) =>
        OutcomeOf(async () => await _amazon.GetAsync(credentials, cancellationToken).ConfigureAwait(false));

    public Task<CredentialCheckOutcome> CheckAsync(WalmartSellerCredentials credentials, CancellationToken cancellationToken = default) =>
        OutcomeOf(async () => await _walmart.GetAsync(credentials, cancellationToken).ConfigureAwait(false));

    private static async Task<CredentialCheckOutcome> OutcomeOf(Func<Task> exchange)
    {
        try
        {
            await exchange().ConfigureAwait(false);
            return CredentialCheckOutcome.Accepted;
        }
        catch (Exception e) when (e is MarketplaceAuthorizationRevokedException or MarketplaceAuthenticationException)
        {
            return CredentialCheckOutcome.Refused;
        }
        catch (Exception e) when (e is MarketplaceApiException or HttpRequestException or TaskCanceledException)
        {
            return CredentialCheckOutcome.Unavailable;
        }
    }
}
