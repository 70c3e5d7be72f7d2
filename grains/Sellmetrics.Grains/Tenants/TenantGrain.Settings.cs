using Sellmetrics.Grains.Connections;
using Sellmetrics.Profit;
using Sellmetrics.Profit.Days;

namespace Sellmetrics.Grains.Tenants;

public sealed partial class TenantGrain
{
    public async Task<string> GetTimeZoneAsync() => await tenants.GetTimeZoneAsync(TenantId) ?? ReportingTimeZone.Utc.Id;

    public async Task<bool> SetTimeZoneAsync(string ianaId, string actor)
    {
        ReportingTimeZone zone;
        try
        {
            zone = ReportingTimeZone.FromIana(ianaId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }

        await tenants.SetTimeZoneAsync(TenantId, zone.Id);
        await AuditAsync(actor, "settings.time-zone-changed");
        _rules = ProfitRules.Default with { TimeZone = zone };
        _tenantFacts = null;
        var products = await ProductsAsync();
        await Task.WhenAll(products.Values.Select(p => GrainFactory.GetProductGrain(TenantId, p.Identity.MarketplaceId, p.Identity.Sku).ReloadAsync()));
        var rows = await connections.ListAsync(TenantId);
        await Task.WhenAll(rows.Select(r => GrainFactory.GetConnectionGrain(TenantId, r.Id).UseTimeZoneAsync(zone.Id)));
        return true;
    }

    public async Task<IReadOnlyList<ConnectionSnapshot>> ListConnectionsAsync()
    {
        var rows = await connections.ListAsync(TenantId);
        var snapshots = await Task.WhenAll(rows.Select(r => GrainFactory.GetConnectionGrain(TenantId, r.Id).GetStatusAsync()));
        return [.. snapshots.OfType<ConnectionSnapshot>()];
    }
}
