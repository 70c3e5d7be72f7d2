using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.RateLimiting;

namespace Sellmetrics.Sandbox.Amazon.Catalog;

/// <summary>Listings Items 2021-08-01: getListingsItem and searchListingsItems; the listing's title, bullets and price change now and then.</summary>
internal static class ListingsApi
{
    public static readonly RateLimit GetListingsItem = new("getListingsItem", 5, 10);

    public static readonly RateLimit SearchListingsItems = new("searchListingsItems", 5, 5);

    private const int MaxPageSize = 20;

    public static void MapListingsApi(this RouteGroupBuilder spApi)
    {
        spApi.MapGet("/listings/2021-08-01/items/{sellerId}/{sku}", GetItem).WithMetadata(GetListingsItem);
        spApi.MapGet("/listings/2021-08-01/items/{sellerId}", Search).WithMetadata(SearchListingsItems);
    }

    private static IResult Search(HttpContext http, string sellerId, SandboxClock clock)
    {
        var marketplaceIds = SpApiQuery.List(http.Request.Query, "marketplaceIds");
        if (Refusal(http, sellerId, marketplaceIds) is { } refused)
        {
            return refused;
        }

        if (!SpApiQuery.TryInt(http.Request.Query, "pageSize", 10, 1, MaxPageSize, out var pageSize))
        {
            return SpApiErrors.InvalidInput(http, $"pageSize must be between 1 and {MaxPageSize}.");
        }

        var seller = http.Seller();
        var today = DateOnly.FromDateTime(clock.UtcNow.UtcDateTime);
        var marketplace = marketplaceIds.Select(seller.Region.ListedIn).FirstOrDefault(m => m is not null);
        var listed = marketplace is not null ? seller.Catalog.Products : [];
        return SandboxJson.Json(new
        {
            numberOfResults = listed.Count,
            items = listed.Take(pageSize).Select(product => new { sku = product.Sku, summaries = new[] { Summary(product, seller.Catalog.ListingOn(product, today), marketplace!) } }),
        });
    }

    private static IResult GetItem(HttpContext http, string sellerId, string sku, SandboxClock clock)
    {
        var marketplaceIds = SpApiQuery.List(http.Request.Query, "marketplaceIds");
        if (Refusal(http, sellerId, marketplaceIds) is { } refused)
        {
            return refused;
        }

        var seller = http.Seller();
        var marketplace = marketplaceIds.Select(seller.Region.ListedIn).FirstOrDefault(m => m is not null);
        if (seller.Catalog.FindBySku(sku) is not { } product || marketplace is null)
        {
            return SpApiErrors.NotFound(http, $"SKU '{sku}' not found in marketplace(s) {string.Join(',', marketplaceIds)}.");
        }

        var now = clock.UtcNow;
        var listing = seller.Catalog.ListingOn(product, DateOnly.FromDateTime(now.UtcDateTime));
        var included = SpApiQuery.List(http.Request.Query, "includedData");
        bool Has(string dataset) => included.Count == 0 ? dataset == "summaries" : included.Contains(dataset);
        var stock = seller.Amazon.StockAsOf(product, marketplace, now);
        return SandboxJson.Json(new
        {
            sku = product.Sku,
            summaries = Has("summaries") ? new[] { Summary(product, listing, marketplace) } : null,
            attributes = Has("attributes") ? ListingAttributes.For(product, listing, marketplace) : null,
            issues = Has("issues") ? Issues(product, listing) : null,
            offers = Has("offers")
                ? new[] { new { marketplaceId = marketplace.Id, offerType = "B2C", price = new { currencyCode = marketplace.Currency, amount = Money.Text(marketplace.Price(listing.Price)) } } }
                : null,
            fulfillmentAvailability = Has("fulfillmentAvailability")
                ? new[] { new { fulfillmentChannelCode = product.IsFba ? "AMAZON_" + seller.Region.Code : "DEFAULT", quantity = stock.Fulfillable } }
                : null,
        });
    }

    // As Amazon: marketplaceIds is required, and a seller id other than the one the token was granted for is refused (403).
    private static IResult? Refusal(HttpContext http, string sellerId, IReadOnlyList<string> marketplaceIds) =>
        marketplaceIds.Count == 0 ? SpApiErrors.InvalidInput(http, "marketplaceIds is required.")
        : sellerId != http.Seller().SellerId ? SpApiErrors.Unauthorized(http, "The access token does not belong to this selling partner.")
        : null;

    private static object Summary(Product product, ListingVersion listing, AmazonMarketplace marketplace) => new
    {
        marketplaceId = marketplace.Id,
        asin = product.Asin,
        productType = product.Category.ProductType,
        conditionType = "new_new",
        status = new[] { "BUYABLE", "DISCOVERABLE" },
        fnSku = product.IsFba ? product.FnSku : null,
        itemName = listing.Title,
        createdDate = SandboxJson.Iso(new DateTimeOffset(product.ListedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero)),
        lastUpdatedDate = SandboxJson.Iso(new DateTimeOffset(listing.ChangedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero)),
        mainImage = new { link = CatalogApi.ImageLink(product.ImageIds[0]), height = 1500, width = 1500 },
    };

    private static object[] Issues(Product product, ListingVersion listing) =>
        listing.Bullets.Count < 5
            ? [new { code = "90220", message = $"'bullet_point' has fewer values than recommended for {product.Sku}.", severity = "WARNING", attributeNames = new[] { "bullet_point" }, categories = new[] { "MISSING_ATTRIBUTE" } }]
            : [];
}
