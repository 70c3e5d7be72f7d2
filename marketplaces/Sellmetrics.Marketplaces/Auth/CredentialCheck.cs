using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Amazon.Auth;
using Sellmetrics.Marketplaces.Amazon.Sellers;
using Sellmetrics.Marketplaces.Walmart;
using Sellmetrics.Marketplaces.Walmart.Auth;

namespace Sellmetrics.Marketplaces.Auth;

/// <summary>
/// Checks a seller's credentials by the marketplace's own token exchange before anything is stored; for Amazon, also that
/// the grant is for the seller id and marketplace given. A Walmart client id needs no such check: the token exchange
/// proves it, since the secret belongs to it.
/// </summary>
public sealed class CredentialCheck
{
    private readonly LwaAccessTokens _amazon;
    private readonly AmazonAccountVerifier _amazonAccount;
    private readonly WalmartTokenClient _walmart;

    internal CredentialCheck(LwaAccessTokens amazon, AmazonAccountVerifier amazonAccount, WalmartTokenClient walmart) =>
        (_amazon, _amazonAccount, _walmart) = (amazon, amazonAccount, walmart);

    public async Task<CredentialCheckOutcome> CheckAsync(AmazonSellerCredentials credentials, CancellationToken cancellationToken = default) =>
        (await CheckAmazonAsync(credentials, cancellationToken).ConfigureAwait(false)).Outcome;

    /// <summary>Like <see cref="CheckAsync(AmazonSellerCredentials, CancellationToken)"/>, with the marketplaces the seller participates in.</summary>
    public async Task<AmazonAccountCheck> CheckAmazonAsync(AmazonSellerCredentials credentials, CancellationToken cancellationToken = default)
    {
        AmazonAccountCheck? check = null;
        var outcome = await OutcomeOf(async () =>
        {
            var token = await _amazon.GetAsync(credentials, cancellationToken).ConfigureAwait(false);
            check = await _amazonAccount.VerifyAsync(credentials, token, cancellationToken).ConfigureAwait(false);
            return check.Outcome;
        }).ConfigureAwait(false);
        return check is { } done && done.Outcome == outcome ? done : new AmazonAccountCheck(outcome, []);
    }

    public Task<CredentialCheckOutcome> CheckAsync(WalmartSellerCredentials credentials, CancellationToken cancellationToken = default) =>
        OutcomeOf(async () =>
        {
            await _walmart.GetAsync(credentials, cancellationToken).ConfigureAwait(false);
            return CredentialCheckOutcome.Accepted;
        });

    private static async Task<CredentialCheckOutcome> OutcomeOf(Func<Task<CredentialCheckOutcome>> check)
    {
        try
        {
            return await check().ConfigureAwait(false);
        }
        catch (Exception e) when (e is MarketplaceAuthorizationRevokedException or MarketplaceAuthenticationException)
        {
            return CredentialCheckOutcome.Refused;
        }
        catch (Exception e) when (e is MarketplaceApiException or HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return CredentialCheckOutcome.Unavailable;
        }
    }
}
