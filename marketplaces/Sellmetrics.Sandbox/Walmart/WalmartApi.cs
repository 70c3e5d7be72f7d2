using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>Walmart Marketplace under <c>/sandbox/walmart</c>: the token endpoint, then the data APIs behind <see cref="WalmartGate"/>.</summary>
internal static class WalmartApi
{
    public static void MapWalmartApi(this IEndpointRouteBuilder routes)
    {
        var walmart = routes.MapGroup("/walmart");
        walmart.MapWalmartAuthApi();
        var data = walmart.MapGroup(string.Empty).AddEndpointFilter<WalmartGate>();
        data.MapWalmartOrdersApi();
        data.MapWalmartReturnsApi();
        data.MapWalmartInventoryApi();
        data.MapWalmartReportsApi();
        data.MapWalmartItemsApi();
    }
}
