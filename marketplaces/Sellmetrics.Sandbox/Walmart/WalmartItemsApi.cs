using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>Walmart items: <c>GET /v3/items</c> paged by <c>nextCursor</c> (start with <c>*</c>) and <c>GET /v3/items/{id}</c>.</summary>
internal static class WalmartItemsApi
{
    public static void MapWalmartItemsApi(this RouteGroupBuilder walmart)
    {
        walmart.MapGet("/v3/items", ListItems).WithMetadata(new WalmartOperation("items"));
        walmart.MapGet("/v3/items/{id}", GetItem).WithMetadata(new WalmartOperation("item"));
    }

    private static IResult ListItems(HttpContext http, SandboxClock clock)
    {
        var query = http.Request.Query;
        var cursor = query["nextCursor"].ToString() is { Length: > 0 } c ? c : "*";
        var offset = 0;
        if (!WalmartQuery.TryInt(query, "limit", 20, 1, 50, out var limit)
            || (cursor != "*" && !(cursor.StartsWith("AoE/", StringComparison.Ordinal) && int.TryParse(cursor.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out offset))))
        {
            return WalmartErrors.InvalidParam("nextCursor", "nextCursor or limit is invalid.");
        }

        var sku = query["sku"].ToString();
        var items = http.Seller().Walmart.Products.Where(p => sku.Length == 0 || p.Sku == sku).ToList();
        var day = DateOnly.FromDateTime(clock.UtcNow.UtcDateTime);
        return SandboxJson.Json(new
        {
            ItemResponse = items.Skip(offset).Take(limit).Select(p => Item(http, p, day)),
            totalItems = items.Count,
            nextCursor = offset + limit < items.Count ? "AoE/" + (offset + limit).ToString(CultureInfo.InvariantCulture) : null,
        });
    }

    private static IResult GetItem(HttpContext http, string id, SandboxClock clock)
    {
        var type = http.Request.Query["productIdType"].ToString() is { Length: > 0 } t ? t : "SKU";
        var product = http.Seller().Walmart.Products.FirstOrDefault(p => type switch
        {
            "GTIN" => "00" + p.Upc == id,
            "UPC" => p.Upc == id,
            "ITEM_ID" => p.WalmartItemId == id,
            _ => p.Sku == id,
        });
        return product is null
            ? WalmartErrors.NotFound("id", $"Item {id} was not found.")
            : SandboxJson.Json(new { ItemResponse = new[] { Item(http, product, DateOnly.FromDateTime(clock.UtcNow.UtcDateTime)) }, totalItems = 1 });
    }

    private static object Item(HttpContext http, Product product, DateOnly day) => new
    {
        mart = WalmartStore.Mart,
        sku = product.Sku,
        condition = "New",
        wpid = product.Asin[2..] + product.Index.ToString("D2", CultureInfo.InvariantCulture),
        upc = product.Upc,
        gtin = "00" + product.Upc,
        productName = http.Seller().Catalog.ListingOn(product, day).Title,
        shelf = $"[\"Home Page\",\"{product.Category.Name}\"]",
        productType = product.Category.Name,
        price = new { currency = WalmartStore.Currency, amount = Money.Round(http.Seller().Catalog.PriceOn(product, day) * 0.97m) },
        publishedStatus = "PUBLISHED",
        lifecycleStatus = "ACTIVE",
    };
}
