using Sellmetrics.Data.Facts;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Walmart;
using Sellmetrics.Profit.Days;

namespace Sellmetrics.Grains.Connections;

/// <summary>
/// What a dataset pull works with: the tenant, the marketplace it reads (the home one for an account-wide read) and all the
/// connection tracks (the home one first), the client holding the decrypted credentials (for this pull only, scoped to
/// <see cref="MarketplaceId"/>), the tenant's facts, and the account its marketplace calls are counted under.
/// </summary>
internal sealed record PullContext(
    Guid TenantId,
    string MarketplaceId,
    IReadOnlyList<string> Marketplaces,
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
