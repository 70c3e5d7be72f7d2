using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>Walmart inventory: seller-fulfilled stock per SKU (<c>/v3/inventory</c>) and WFS stock with offset paging (<c>/v3/fulfillment/inventory</c>).</summary>
internal static class WalmartInventoryApi
{
    public static void MapWalmartInventoryApi(this RouteGroupBuilder walmart)
    {
        walmart.MapGet("/v3/inventory", Inventory).WithMetadata(new WalmartOperation("inventory"));
        walmart.MapGet("/v3/fulfillment/inventory", WfsInventory).WithMetadata(new WalmartOperation("wfsInventory"));
    }

    private static IResult Inventory(HttpContext http, SandboxClock clock)
    {
        var sku = http.Request.Query["sku"].ToString();
        if (sku.Length == 0)
        {
            return WalmartErrors.InvalidParam("sku", "sku is required.");
        }

        var seller = http.Seller();
        if (seller.Walmart.Products.FirstOrDefault(p => p.Sku == sku) is not { } product)
        {
            return WalmartErrors.NotFound("sku", $"SKU {sku} was not found.");
        }

        var stock = StockLevel.AsOf(seller.Seed + 1, product, clock.UtcNow);
        return SandboxJson.Json(new { sku, quantity = new { unit = "EACH", amount = stock.Fulfillable / 2 } });
    }

    private static IResult WfsInventory(HttpContext http, SandboxClock clock)
    {
        var query = http.Request.Query;
        if (!WalmartQuery.TryInt(query, "limit", 10, 1, 300, out var limit) || !WalmartQuery.TryInt(query, "offset", 0, 0, int.MaxValue, out var offset))
        {
            return WalmartErrors.InvalidParam("limit", "limit must be between 1 and 300.");
        }

        var now = clock.UtcNow;
        if (!WalmartQuery.TryDate(query, "fromModifiedDate", DateTimeOffset.MinValue, out var from) || !WalmartQuery.TryDate(query, "toModifiedDate", now, out var to))
        {
            return WalmartErrors.InvalidParam("fromModifiedDate", "Dates must be yyyy-MM-dd or ISO 8601 timestamps.");
        }

        var seller = http.Seller();
        var sku = query["sku"].ToString();
        var items = seller.Walmart.Products
            .Where(p => p.IsFba && (sku.Length == 0 || p.Sku == sku))
            .Select(p => (Product: p, Stock: StockLevel.AsOf(seller.Seed + 2, p, now)))
            .Where(x => x.Stock.LastUpdated >= from && x.Stock.LastUpdated <= to)
            .ToList();
        return SandboxJson.Json(new
        {
            headers = new { totalCount = items.Count, limit, offset },
            payload = new
            {
                inventory = items.Skip(offset).Take(limit).Select(x => new
                {
                    sku = x.Product.Sku,
                    shipNodes = new[]
                    {
                        new { modifiedDate = WalmartQuery.Iso(x.Stock.LastUpdated), availToSellQty = x.Stock.Fulfillable, onHandQty = x.Stock.Fulfillable + x.Stock.Reserved, shipNodeType = "WFSFulfilled" },
                    },
                }),
            },
        });
    }
}
