using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Web.Products;

namespace Sellmetrics.Web.Dashboard;

/// <summary>A changed product in a dashboard delta: its rows anew, one per currency (none when it left the view).</summary>
public sealed record ProductRowsResponse(string MarketplaceId, string Sku, IReadOnlyList<ProductProfitResponse> Rows)
{
    public static ProductRowsResponse From(ProductRows product) => new(product.MarketplaceId, product.Sku, ProductProfitResponse.From(product.Rows));
}
