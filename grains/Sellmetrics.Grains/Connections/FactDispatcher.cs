using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Data.Facts;
using Sellmetrics.Facts;
using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Grains.Tenants;

namespace Sellmetrics.Grains.Connections;

/// <summary>
/// Tells the product grains (and the tenant, for facts without a SKU) about facts and catalog entries that were new or
/// changed, and the tenant's live feed about the recent ones.
/// </summary>
public sealed class FactDispatcher(IGrainFactory grains, FactReader facts, [FromKeyedServices(Clock.Key)] TimeProvider time)
{
    public async Task DispatchAsync(Guid tenantId, FactBatch changed, CancellationToken cancellationToken = default)
    {
        await Task.WhenAll(changed.Catalog.Select(entry => grains.GetProductGrain(tenantId, changed.Marketplace, entry.Sku).CatalogChangedAsync()));
        if (!FactBatchSplit.HasProfitFacts(changed))
        {
            return;
        }

        var itemOrders = changed.Items.Select(i => i.OrderId).ToHashSet(StringComparer.Ordinal);
        var headersAlone = changed.Orders.Select(o => o.OrderId).Where(id => !itemOrders.Contains(id)).ToList();
        var known = headersAlone.Count == 0
            ? new Dictionary<string, IReadOnlyList<string>>()
            : await facts.SkusOfOrdersAsync(tenantId, changed.Marketplace, headersAlone, cancellationToken);
        await Task.WhenAll(FactBatchSplit.BySku(changed, known)
            .Select(sku => grains.GetProductGrain(tenantId, sku.Marketplace, sku.Sku).ApplyAsync(sku)));
        if (FactBatchSplit.HasTenantLevelFacts(changed))
        {
            await grains.GetTenant<ITenantProfit>(tenantId).TenantFactsChangedAsync();
        }

        if (ActivityEvents.From(changed, time.GetUtcNow()) is { Count: > 0 } events)
        {
            await grains.GetTenant<ITenantDashboard>(tenantId).NoteActivityAsync(events);
        }
    }

    /// <summary>Rebuilds every product of a marketplace from the tenant schema, after a pull was cut off between storing and telling.</summary>
    public async Task ReloadAllAsync(Guid tenantId, string marketplace, CancellationToken cancellationToken = default)
    {
        var products = await facts.ListProductsAsync(tenantId, cancellationToken);
        await Task.WhenAll(products.Where(p => p.MarketplaceId == marketplace)
            .Select(p => grains.GetProductGrain(tenantId, p.MarketplaceId, p.Sku).ReloadAsync()));
        await grains.GetTenant<ITenantProfit>(tenantId).TenantFactsChangedAsync();
    }
}
