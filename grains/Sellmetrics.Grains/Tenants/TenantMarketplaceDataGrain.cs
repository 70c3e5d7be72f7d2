using Orleans.Concurrency;
using Sellmetrics.Data.Facts;
using Sellmetrics.Facts;
using Sellmetrics.Profit.Payouts;

namespace Sellmetrics.Grains.Tenants;

[StatelessWorker]
public sealed class TenantMarketplaceDataGrain(FactReader facts) : Grain, ITenantMarketplaceDataGrain
{
    private Guid TenantId => Guid.ParseExact(this.GetPrimaryKeyString(), "N");

    public Task<IReadOnlyList<MarketplaceFact<InventoryLevel>>> GetInventoryAsync() => facts.ListInventoryAsync(TenantId);

    public Task<IReadOnlyList<MarketplaceFact<CustomerReturn>>> GetReturnsAsync(DateOnly from, DateOnly to) => facts.ListReturnsAsync(TenantId, from, to);

    public Task<IReadOnlyList<MarketplaceFact<ReimbursementDetail>>> GetReimbursementsAsync(DateOnly from, DateOnly to) =>
        facts.ListReimbursementDetailsAsync(TenantId, from, to);

    public Task<IReadOnlyList<MarketplaceFact<TrafficDay>>> GetTrafficAsync(DateOnly from, DateOnly to) => facts.ListTrafficAsync(TenantId, from, to);

    public async Task<IReadOnlyList<ReconciledPayout>> GetPayoutsAsync(DateOnly from, DateOnly to) =>
        [.. (await facts.ListPayoutsAsync(TenantId, from, to)).Select(PayoutReconciler.Reconcile)];
}
