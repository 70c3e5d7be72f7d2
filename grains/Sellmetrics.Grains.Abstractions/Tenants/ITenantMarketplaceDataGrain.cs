using Sellmetrics.Facts;
using Sellmetrics.Profit.Payouts;

namespace Sellmetrics.Grains.Tenants;

/// <summary>Reads of a tenant's raw marketplace facts for the API (key: tenant key); stateless, so reads never queue behind imports.</summary>
[Alias("sellmetrics.tenant-ledger")]
public interface ITenantMarketplaceDataGrain : IGrainWithStringKey
{
    /// <summary>The latest stock per SKU and location.</summary>
    Task<IReadOnlyList<MarketplaceFact<InventoryLevel>>> GetInventoryAsync();

    /// <summary>Customer returns received on the given UTC days, with their dispositions.</summary>
    Task<IReadOnlyList<MarketplaceFact<CustomerReturn>>> GetReturnsAsync(DateOnly from, DateOnly to);

    /// <summary>Reimbursements approved on the given UTC days, with reasons and cases.</summary>
    Task<IReadOnlyList<MarketplaceFact<ReimbursementDetail>>> GetReimbursementsAsync(DateOnly from, DateOnly to);

    /// <summary>Sessions, page views and units per listing and day.</summary>
    Task<IReadOnlyList<MarketplaceFact<TrafficDay>>> GetTrafficAsync(DateOnly from, DateOnly to);

    /// <summary>The payouts whose settlement period overlaps the given UTC days, each set against the ledger with every difference named.</summary>
    Task<IReadOnlyList<ReconciledPayout>> GetPayoutsAsync(DateOnly from, DateOnly to);
}
