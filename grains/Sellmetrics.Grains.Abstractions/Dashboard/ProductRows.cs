using Sellmetrics.Profit;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Grains.Dashboard;

/// <summary>Every row (one per currency) of one product over the watched range; no rows means the product left the table.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.product-rows")]
public sealed record ProductRows(
    [property: Id(0)] string MarketplaceId,
    [property: Id(1)] string Sku,
    [property: Id(2)] ValueList<ProductProfitRow> Rows);
