using Sellmetrics.Data.Facts;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Walmart;
using Sellmetrics.Profit.Days;

namespace Sellmetrics.Grains.Sync;

/// <summary>
/// What a dataset pull works with: the tenant, the client holding the decrypted credentials (for this pull only), the
/// tenant's facts, and the account its marketplace calls are counted under.
/// </summary>
internal sealed record PullContext(
    Guid TenantId,
    string MarketplaceId,
    ReportingTimeZone Zone,
    IAmazonSellerApi? Amazon,
    IWalmartSellerApi? Walmart,
    FactReader Facts,
    TimeProvider Time,
    string Account)
{
    public IAmazonSellerApi AmazonApi => Amazon ?? throw new InvalidOperationException("This connection is not an Amazon one.");

    public IWalmartSellerApi WalmartApi => Walmart ?? throw new InvalidOperationException("This connection is not a Walmart one.");
}
