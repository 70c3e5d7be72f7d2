using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Amazon.Auth;

namespace Sellmetrics.Marketplaces.Amazon.Authorization;

internal sealed class AmazonAuthorizationService(
    IDataProtectionProvider dataProtection,
    LwaTokenClient tokenClient,
    IOptions<AmazonOptions> options,
    TimeProvider timeProvider) : IAmazonAuthorizationService
{
    private const string Purpose = "Sellmetrics.Marketplaces.Amazon.ConsentState.v1";

    private readonly ITimeLimitedDataProtector _protector = dataProtection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public AmazonConsentRequest BeginConsent(Guid tenantId, Uri? redirectUri = null) =>
        BeginConsent(tenantId, redirectUri, timeProvider.GetUtcNow() + options.Value.ConsentStateLifetime);

    internal AmazonConsentRequest BeginConsent(Guid tenantId, Uri? redirectUri, DateTimeOffset expiresAt)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.ApplicationId))
        {
            throw new InvalidOperationException("Amazon:ApplicationId is required for the website authorization flow.");
        }

        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var state = _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{tenantId:N}.{nonce}"), expiresAt);
        var query = new Dictionary<string, string?>
        {
            ["application_id"] = settings.ApplicationId,
            ["state"] = state,
        };
        if (redirectUri is not null)
        {
            query["redirect_uri"] = redirectUri.ToString();
        }

        if (settings.ConsentVersionBeta)
        {
            query["version"] = "beta";
        }

        return new AmazonConsentRequest(new Uri(QueryHelpers.AddQueryString(settings.ConsentUrl.ToString(), query)), state, expiresAt);
    }

    public AmazonAuthorizationState? ReadState(string state)
    {
        if (string.IsNullOrEmpty(state))
        {
            return null;
        }

        string payload;
        DateTimeOffset expiresAt;
        try
        {
            payload = _protector.Unprotect(state, out expiresAt);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('.');
        return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var tenantId)
            ? new AmazonAuthorizationState(tenantId, parts[1], expiresAt)
            : null;
    }

    public async Task<AmazonAuthorization?> CompleteAsync(
        string state, string sellingPartnerId, string spapiOauthCode, Uri redirectUri, CancellationToken cancellationToken = default)
    {
        if (ReadState(state) is not { } verified)
        {
            return null;
        }

        var refreshToken = await tokenClient.ExchangeCodeAsync(spapiOauthCode, sellingPartnerId, redirectUri, cancellationToken).ConfigureAwait(false);
        return new AmazonAuthorization(verified.TenantId, sellingPartnerId, refreshToken);
    }
}
