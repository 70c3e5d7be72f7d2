using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Amazon.Authorization;
using Sellmetrics.Rules;

namespace Sellmetrics.Grains.Connections;

[StatelessWorker]
public sealed class AmazonAuthorizationGrain(IAmazonAuthorizationService authorization, IOptions<AmazonOptions> amazon) : Grain, IAmazonAuthorizationGrain
{
    public Task<Uri?> BeginConsentAsync(Guid tenantId, Uri redirectUri) =>
        Task.FromResult(IsConfigured ? authorization.BeginConsent(tenantId, redirectUri).ConsentUri : null);

    public async Task<ConnectResult?> CompleteAsync(
        Guid tenantId, string state, string sellingPartnerId, string code, Uri redirectUri, string marketplaceId, string actor)
    {
        if (!IsConfigured || authorization.ReadState(state) is not { } read || read.TenantId != tenantId)
        {
            return null;
        }

        if (!MarketplaceAccountIds.IsAmazonSellerId(sellingPartnerId))
        {
            return new ConnectResult(ConnectOutcome.AccountMismatch, null);
        }

        if (await authorization.CompleteAsync(state, sellingPartnerId, code, redirectUri) is not { } granted)
        {
            return null;
        }

        var region = AmazonMarketplaces.RegionOf(marketplaceId) ?? nameof(AmazonRegion.NA);
        var request = new AmazonConnectionRequest(amazon.Value.ClientId!, amazon.Value.ClientSecret!, granted.RefreshToken, granted.SellingPartnerId, marketplaceId, region);
        var existing = await GrainFactory.GetTenant<ITenantSettings>(tenantId).ListConnectionsAsync();
        return await GrainFactory.GetConnectionGrain(tenantId, ConnectionKeys.ForAmazon(granted.SellingPartnerId, region, existing))
            .ConnectAmazonAsync(request, actor);
    }

    private bool IsConfigured => amazon.Value is { ClientId.Length: > 0, ClientSecret.Length: > 0, ApplicationId.Length: > 0 };
}
