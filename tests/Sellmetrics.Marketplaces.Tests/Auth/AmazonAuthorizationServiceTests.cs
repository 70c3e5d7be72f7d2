using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Amazon.Auth;
using Sellmetrics.Marketplaces.Amazon.Authorization;
using Sellmetrics.Marketplaces.RateLimiting;

namespace Sellmetrics.Marketplaces.Tests.Auth;

public sealed class AmazonAuthorizationServiceTests
{
    private static readonly Guid Tenant = Guid.Parse("6f1c7a2e-0b8f-4a7e-9d7e-3a1c2b4d5e6f");
    private readonly EphemeralDataProtectionProvider _keys = new();

    [Fact]
    public void TheConsentUrlCarriesTheApplicationAndAStateThatReadsBackToTheTenant()
    {
        var consent = Service(beta: false).BeginConsent(Tenant, new Uri("https://app.example/api/connections/amazon/callback"));

        var query = QueryHelpers.ParseQuery(consent.ConsentUri.Query);
        Assert.StartsWith("https://sellercentral.example/apps/authorize/consent?", consent.ConsentUri.ToString(), StringComparison.Ordinal);
        Assert.Equal("amzn1.sp.solution.test", query["application_id"].ToString());
        Assert.Equal(consent.State, query["state"].ToString());
        Assert.Equal("https://app.example/api/connections/amazon/callback", query["redirect_uri"].ToString());
        Assert.False(query.ContainsKey("version"));
        Assert.Equal(Tenant, Service(beta: false).ReadState(consent.State)?.TenantId);
    }

    [Fact]
    public void VersionBetaIsAddedOnlyWhenConfigured()
    {
        var consent = Service(beta: true).BeginConsent(Tenant);

        Assert.Equal("beta", QueryHelpers.ParseQuery(consent.ConsentUri.Query)["version"].ToString());
    }

    [Fact]
    public void EachConsentHasItsOwnNonce()
    {
        var service = Service(beta: false);

        Assert.NotEqual(service.ReadState(service.BeginConsent(Tenant).State)!.Nonce, service.ReadState(service.BeginConsent(Tenant).State)!.Nonce);
    }

    [Fact]
    public void AnExpiredStateIsRejected()
    {
        var service = Service(beta: false);
        var consent = service.BeginConsent(Tenant, null, DateTimeOffset.UtcNow.AddSeconds(-1));

        Assert.Null(service.ReadState(consent.State));
    }

    [Fact]
    public void ATamperedStateIsRejected()
    {
        var service = Service(beta: false);
        var state = service.BeginConsent(Tenant).State;
        var tampered = state[..^3] + (state[^3] == 'A' ? 'B' : 'A') + state[^2..];

        Assert.Null(service.ReadState(tampered));
        Assert.Null(service.ReadState("not-a-state"));
        Assert.Null(service.ReadState(string.Empty));
    }

    [Fact]
    public void AStateSignedWithOtherKeysIsRejected()
    {
        var state = Service(beta: false).BeginConsent(Tenant).State;

        Assert.Null(new AmazonAuthorizationServiceTests().Service(beta: false).ReadState(state));
    }

    private AmazonAuthorizationService Service(bool beta)
    {
        var options = Options.Create(new AmazonOptions
        {
            ApplicationId = "amzn1.sp.solution.test",
            ConsentUrl = new Uri("https://sellercentral.example/apps/authorize/consent"),
            ConsentVersionBeta = beta,
        });
        var tokenClient = new LwaTokenClient(
            new StubHttpClientFactory(new StubHandler(_ => throw new InvalidOperationException("no token call expected"))),
            options,
            Options.Create(new MarketplaceClockOptions()),
            TimeProvider.System,
            NullLogger<LwaTokenClient>.Instance);
        return new AmazonAuthorizationService(_keys, tokenClient, options, TimeProvider.System);
    }
}
