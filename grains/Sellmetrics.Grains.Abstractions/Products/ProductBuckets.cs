using Sellmetrics.Facts.Costs;
using Sellmetrics.Profit;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Grains.Products;

/// <summary>A product's identity, COGS schedule and daily buckets (lines left out), as the TenantGrain keeps them.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.product-buckets")]
public sealed record ProductBuckets(
    [property: Id(0)] ProductIdentity Product,
    [property: Id(1)] ValueList<CogsEntry> Costs,
    [property: Id(2)] ValueList<DailyBucket> Buckets);
