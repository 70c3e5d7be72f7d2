using Sellmetrics.Facts.Costs;
using Sellmetrics.Profit;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Grains.Products;

/// <summary>
/// A product's buckets for the days that were recomputed (a day missing from <see cref="Buckets"/> is now empty);
/// sent by a ProductProfitGrain to its TenantGrain.
/// </summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.product-changed")]
public sealed record ProductChanged(
    [property: Id(0)] ProductIdentity Product,
    [property: Id(1)] ValueList<CogsEntry> Costs,
    [property: Id(2)] ValueList<DateOnly> Days,
    [property: Id(3)] ValueList<DailyBucket> Buckets);
