using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Marketplaces.Amazon.Authorization;

namespace Sellmetrics.Marketplaces.Tests.Sandbox;

public sealed class AmazonAuthorizationSandboxTests
{
    private static readonly Uri Callback = new("https://app.example/api/connections/amazon/callback");

    [Fact]
    public async Task TheWebsiteAuthorizationFlowYieldsTheSellersRefreshTokenForTheTenantThatStartedIt()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 60);
        var seller = await sandbox.CreateSellerAsync(seed: 801);
        var service = sandbox.Services.GetRequiredService<IAmazonAuthorizationService>();
        var tenant = Guid.NewGuid();
        var ct = TestContext.Current.CancellationToken;

        var consent = service.BeginConsent(tenant, Callback);
        var callback = await FollowConsentAsync(consent.ConsentUri, seller.SellerId, ct);
        var authorization = await service.CompleteAsync(callback["state"]!, callback["selling_partner_id"]!, callback["spapi_oauth_code"]!, Callback, ct);

        Assert.NotNull(authorization);
        Assert.Equal(tenant, authorization.TenantId);
        Assert.Equal(seller.SellerId, authorization.SellingPartnerId);
        Assert.Equal(seller.RefreshToken, authorization.RefreshToken);
    }

    [Fact]
    public async Task ACallbackWithAForgedStateExchangesNothing()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 60);
        var seller = await sandbox.CreateSellerAsync(seed: 802);
        var service = sandbox.Services.GetRequiredService<IAmazonAuthorizationService>();
        var ct = TestContext.Current.CancellationToken;
        var callback = await FollowConsentAsync(service.BeginConsent(Guid.NewGuid(), Callback).ConsentUri, seller.SellerId, ct);

        Assert.Null(await service.CompleteAsync("forged-state", seller.SellerId, callback["spapi_oauth_code"]!, Callback, ct));
        // The code was not spent, so the genuine callback still completes.
        Assert.NotNull(await service.CompleteAsync(callback["state"]!, seller.SellerId, callback["spapi_oauth_code"]!, Callback, ct));
    }

    private static async Task<Dictionary<string, string?>> FollowConsentAsync(Uri consentUri, string sellerId, CancellationToken ct)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var response = await http.GetAsync(QueryHelpers.AddQueryString(consentUri.ToString(), "selling_partner_id", sellerId), ct);
        var location = response.Headers.Location ?? throw new InvalidOperationException($"The consent page answered {(int)response.StatusCode} without a redirect.");
        Assert.StartsWith(Callback.ToString(), location.ToString(), StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
    }
}
