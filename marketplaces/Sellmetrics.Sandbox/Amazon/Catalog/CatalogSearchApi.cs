using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Paging;
using Sellmetrics.Sandbox.RateLimiting;

namespace Sellmetrics.Sandbox.Amazon.Catalog;

/// <summary>
/// Catalog Items 2022-04-01 searchCatalogItems over the seller's own catalog: by up to 20 identifiers (ASIN, UPC, or SKU
/// with the seller's id) in the order given, or by up to 20 keywords all found in the title; pageSize up to 20, pageToken paging.
/// </summary>
internal static class CatalogSearchApi
{
    public static readonly RateLimit SearchCatalogItems = new("searchCatalogItems", 2, 2);

    private const int MaxPageSize = 20;
    private const int MaxTerms = 20;

    public static void MapCatalogSearchApi(this RouteGroupBuilder spApi) =>
        spApi.MapGet("/catalog/2022-04-01/items", Search).WithMetadata(SearchCatalogItems);

    private static IResult Search(HttpContext http, SandboxClock clock)
    {
        var query = http.Request.Query;
        var marketplaceIds = SpApiQuery.List(query, "marketplaceIds");
        var identifiers = SpApiQuery.List(query, "identifiers");
        var keywords = SpApiQuery.List(query, "keywords");
        var identifiersType = query["identifiersType"].ToString();
        var seller = http.Seller();
        if (marketplaceIds.Count != 1 || (identifiers.Count == 0) == (keywords.Count == 0) || identifiers.Count > MaxTerms || keywords.Count > MaxTerms
            || (identifiers.Count > 0 && identifiersType is not ("ASIN" or "UPC" or "SKU")))
        {
            return SpApiErrors.InvalidInput(http, "One marketplaceId, and either identifiers with identifiersType (ASIN, UPC or SKU) or keywords, at most 20 of them.");
        }

        if (identifiersType == "SKU" && query["sellerId"].ToString() != seller.SellerId)
        {
            return SpApiErrors.InvalidInput(http, "sellerId is required when identifiersType is SKU, and must be the caller's.");
        }

        if (!SpApiQuery.TryInt(query, "pageSize", 10, 1, MaxPageSize, out var pageSize))
        {
            return SpApiErrors.InvalidInput(http, $"pageSize must be between 1 and {MaxPageSize}.");
        }

        if (!PageToken.TryRead(query, "pageToken", out var fingerprint, out var token))
        {
            return SpApiErrors.InvalidInput(http, "The pageToken is invalid or belongs to another search.");
        }

        var marketplace = seller.Region.ListedIn(marketplaceIds[0]);
        var found = marketplace is null ? [] : Find(seller.Catalog, identifiers, identifiersType, keywords);
        var now = clock.UtcNow;
        var page = Page<Product>.Cut(found, token?.Offset ?? 0, pageSize, offset => new PageToken(fingerprint, offset, now.ToUnixTimeSeconds()).Encode());
        var included = SpApiQuery.List(query, "includedData");
        return SandboxJson.Json(new
        {
            numberOfResults = found.Count,
            pagination = page.NextToken is { } next ? new { nextToken = next } : null,
            refinements = new
            {
                brands = found.GroupBy(p => p.Brand).Select(g => new { numberOfResults = g.Count(), brandName = g.Key }),
                classifications = found.GroupBy(p => p.Category).Select(g => new { numberOfResults = g.Count(), displayName = g.Key.Name, classificationId = g.Key.ClassificationId }),
            },
            items = page.Items.Select(p => CatalogItemJson.Item(seller, p, marketplace!, included, now)),
        });
    }

    private static List<Product> Find(SellerCatalog catalog, IReadOnlyList<string> identifiers, string identifiersType, IReadOnlyList<string> keywords) =>
        keywords.Count > 0
            ? [.. catalog.Products.Where(p => keywords.All(k => p.Title.Contains(k, StringComparison.OrdinalIgnoreCase)))]
            : [.. identifiers.Distinct(StringComparer.Ordinal).Select(id => identifiersType switch
            {
                "ASIN" => catalog.FindByAsin(id),
                "SKU" => catalog.FindBySku(id),
                _ => catalog.Products.FirstOrDefault(p => p.Upc == id),
            }).OfType<Product>()];
}
