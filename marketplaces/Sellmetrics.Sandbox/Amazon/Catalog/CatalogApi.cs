using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.RateLimiting;

namespace Sellmetrics.Sandbox.Amazon.Catalog;

/// <summary>Catalog Items 2022-04-01: getCatalogItem of one ASIN (the item as <see cref="CatalogItemJson"/> writes it).</summary>
internal static class CatalogApi
{
    public static readonly RateLimit GetCatalogItem = new("getCatalogItem", 2, 2);

    public static void MapCatalogApi(this RouteGroupBuilder spApi) =>
        spApi.MapGet("/catalog/2022-04-01/items/{asin}", GetItem).WithMetadata(GetCatalogItem);

    private static IResult GetItem(HttpContext http, string asin, SandboxClock clock)
    {
        var marketplaceIds = SpApiQuery.List(http.Request.Query, "marketplaceIds");
        if (marketplaceIds.Count == 0)
        {
            return SpApiErrors.InvalidInput(http, "marketplaceIds is required.");
        }

        var seller = http.Seller();
        var marketplace = marketplaceIds.Select(seller.Region.ListedIn).FirstOrDefault(m => m is not null);
        if (seller.Catalog.FindByAsin(asin) is not { } product || marketplace is null)
        {
            return SpApiErrors.NotFound(http, $"Requested item '{asin}' not found in marketplace(s) {string.Join(',', marketplaceIds)}.");
        }

        return SandboxJson.Json(CatalogItemJson.Item(seller, product, marketplace, SpApiQuery.List(http.Request.Query, "includedData"), clock.UtcNow));
    }

    public static string ImageLink(string imageId) => $"https://m.media-amazon.com/images/I/{imageId}.jpg";
}
