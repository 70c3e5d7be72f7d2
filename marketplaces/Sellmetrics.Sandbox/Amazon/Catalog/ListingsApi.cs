using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Listings;
using Sellmetrics.Sandbox.Paging;
using Sellmetrics.Sandbox.RateLimiting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Catalog;

/// <summary>
/// Listings Items 2021-08-01: getListingsItem and searchListingsItems (pageSize up to 20, pageToken paging, sorted by
/// sku, createdDate or lastUpdatedDate). A listing shows its state now: the catalog's revisions, the demo seller's
/// hourly changes and the control API's changes.
/// </summary>
internal static class ListingsApi
{
    public static readonly RateLimit GetListingsItem = new("getListingsItem", 5, 10);

    public static readonly RateLimit SearchListingsItems = new("searchListingsItems", 5, 5);

    private const int MaxPageSize = 20;
    private const int MaxResults = 1000;

    public static void MapListingsApi(this RouteGroupBuilder spApi)
    {
        spApi.MapGet("/listings/2021-08-01/items/{sellerId}/{sku}", GetItem).WithMetadata(GetListingsItem);
        spApi.MapGet("/listings/2021-08-01/items/{sellerId}", Search).WithMetadata(SearchListingsItems);
    }

    private static IResult Search(HttpContext http, string sellerId, SandboxClock clock)
    {
        var query = http.Request.Query;
        var marketplaceIds = SpApiQuery.List(query, "marketplaceIds");
        if (Refusal(http, sellerId, marketplaceIds) is { } refused)
        {
            return refused;
        }

        if (!SpApiQuery.TryInt(query, "pageSize", 10, 1, MaxPageSize, out var pageSize))
        {
            return SpApiErrors.InvalidInput(http, $"pageSize must be between 1 and {MaxPageSize}.");
        }

        var sortBy = query["sortBy"].ToString() is { Length: > 0 } by ? by : "lastUpdatedDate";
        var sortOrder = query["sortOrder"].ToString() is { Length: > 0 } order ? order : "DESC";
        var included = SpApiQuery.List(query, "includedData");
        if (sortBy is not ("sku" or "createdDate" or "lastUpdatedDate") || sortOrder is not ("ASC" or "DESC") || included.Any(d => !ListingsItemJson.Datasets.Contains(d)))
        {
            return SpApiErrors.InvalidInput(http, "sortBy, sortOrder or includedData has a value the operation does not take.");
        }

        var now = clock.UtcNow;
        if (!PageToken.TryRead(query, "pageToken", out var fingerprint, out var token))
        {
            return SpApiErrors.InvalidInput(http, "The pageToken is invalid or belongs to another search.");
        }

        // Later pages keep the order of the first page's instant, so a listing changing meanwhile is neither lost nor repeated.
        var bound = token?.UpperBound ?? SpApiQuery.WholeSeconds(now);
        var seller = http.Seller();
        var marketplace = marketplaceIds.Select(seller.Region.ListedIn).FirstOrDefault(m => m is not null);
        var ordered = marketplace is null ? [] : Sorted(seller.Catalog.Products.Select(p => SellerListings.At(seller, p, bound)), sortBy, sortOrder == "DESC").Take(MaxResults).ToList();
        var page = Page<ListingState>.Cut(ordered, token?.Offset ?? 0, pageSize, offset => new PageToken(fingerprint, offset, bound.ToUnixTimeSeconds()).Encode());
        return SandboxJson.Json(new
        {
            numberOfResults = ordered.Count,
            pagination = page.NextToken is { } next ? new { nextToken = next } : null,
            items = page.Items.Select(l => Item(seller, SellerListings.At(seller, l.Product, now), marketplace!, included, now)),
        });
    }

    private static IResult GetItem(HttpContext http, string sellerId, string sku, SandboxClock clock)
    {
        var marketplaceIds = SpApiQuery.List(http.Request.Query, "marketplaceIds");
        if (Refusal(http, sellerId, marketplaceIds) is { } refused)
        {
            return refused;
        }

        var included = SpApiQuery.List(http.Request.Query, "includedData");
        if (included.Any(d => !ListingsItemJson.Datasets.Contains(d)))
        {
            return SpApiErrors.InvalidInput(http, "includedData has a value the operation does not take.");
        }

        var seller = http.Seller();
        var marketplace = marketplaceIds.Select(seller.Region.ListedIn).FirstOrDefault(m => m is not null);
        if (seller.Catalog.FindBySku(sku) is not { } product || marketplace is null)
        {
            return SpApiErrors.NotFound(http, $"SKU '{sku}' not found in marketplace(s) {string.Join(',', marketplaceIds)}.");
        }

        var now = clock.UtcNow;
        return SandboxJson.Json(Item(seller, SellerListings.At(seller, product, now), marketplace, included, now));
    }

    private static object Item(Seller seller, ListingState listing, AmazonMarketplace marketplace, IReadOnlyList<string> included, DateTimeOffset now) =>
        ListingsItemJson.Item(listing, marketplace, included, seller.Amazon.StockAsOf(listing.Product, marketplace, now).Fulfillable, seller.Region.Code);

    private static IEnumerable<ListingState> Sorted(IEnumerable<ListingState> listings, string sortBy, bool descending)
    {
        Func<ListingState, string> key = sortBy switch
        {
            "sku" => l => l.Product.Sku,
            "createdDate" => l => SandboxJson.Iso(ListingsItemJson.CreatedAt(l)),
            _ => l => SandboxJson.Iso(l.LastUpdated),
        };
        var sorted = descending ? listings.OrderByDescending(key, StringComparer.Ordinal) : listings.OrderBy(key, StringComparer.Ordinal);
        return sorted.ThenBy(l => l.Product.Sku, StringComparer.Ordinal);
    }

    // As Amazon: marketplaceIds is required, and a seller id other than the one the token was granted for is refused (403).
    private static IResult? Refusal(HttpContext http, string sellerId, IReadOnlyList<string> marketplaceIds) =>
        marketplaceIds.Count == 0 ? SpApiErrors.InvalidInput(http, "marketplaceIds is required.")
        : sellerId != http.Seller().SellerId ? SpApiErrors.Unauthorized(http, "The access token does not belong to this selling partner.")
        : null;
}
