using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>Walmart orders: <c>GET /v3/orders</c> with <c>nextCursor</c> query strings, and <c>GET /v3/orders/{purchaseOrderId}</c>.</summary>
internal static class WalmartOrdersApi
{
    public static void MapWalmartOrdersApi(this RouteGroupBuilder walmart)
    {
        walmart.MapGet("/v3/orders", ListOrders).WithMetadata(new WalmartOperation("orders"));
        walmart.MapGet("/v3/orders/{purchaseOrderId}", GetOrder).WithMetadata(new WalmartOperation("order"));
    }

    private static IResult ListOrders(HttpContext http, SandboxClock clock)
    {
        var query = http.Request.Query;
        var now = clock.UtcNow;
        if (!WalmartQuery.TryDate(query, "createdStartDate", now.AddDays(-7), out var start) || !WalmartQuery.TryDate(query, "createdEndDate", now, out var end)
            || !WalmartQuery.TryDate(query, "lastModifiedStartDate", DateTimeOffset.MinValue, out var modifiedStart)
            || !WalmartQuery.TryDate(query, "lastModifiedEndDate", DateTimeOffset.MaxValue, out var modifiedEnd))
        {
            return WalmartErrors.InvalidParam("createdStartDate", "Dates must be yyyy-MM-dd or ISO 8601 timestamps.");
        }

        if (!WalmartQuery.TryInt(query, "limit", 100, 1, 200, out var limit) || !WalmartQuery.TryInt(query, "soIndex", 0, 0, int.MaxValue, out var offset))
        {
            return WalmartErrors.InvalidParam("limit", "limit must be between 1 and 200.");
        }

        var seller = http.Seller();
        var shipNodeType = query["shipNodeType"].ToString() is { Length: > 0 } type ? type : "SellerFulfilled";
        var status = query["status"].ToString();
        var from = start < now.AddDays(-180) ? now.AddDays(-180) : start;
        var orders = seller.Walmart.OrdersPlacedBetween(DateOnly.FromDateTime(from.UtcDateTime), DateOnly.FromDateTime(end.UtcDateTime), now)
            .Where(o => o.OrderDate >= from && o.OrderDate <= end && o.ShipNodeType == shipNodeType)
            .Where(o => status.Length == 0 || o.StatusAt(now) == status)
            .Where(o => o.LastModifiedAt(now) is var m && m >= modifiedStart && m <= modifiedEnd)
            .Where(o => query["sku"].Count == 0 || o.Lines.Any(l => l.Product.Sku == query["sku"]))
            .Where(o => query["purchaseOrderId"].Count == 0 || o.PurchaseOrderId == query["purchaseOrderId"])
            .Where(o => query["customerOrderId"].Count == 0 || o.CustomerOrderId == query["customerOrderId"])
            .ToList();
        var page = orders.Skip(offset).Take(limit).ToList();
        var next = offset + limit < orders.Count ? Cursor(query, seller.WalmartPartnerId, limit, offset + limit, start, end) : null;
        return SandboxJson.Json(new
        {
            list = new
            {
                meta = new { totalCount = orders.Count, limit, nextCursor = next },
                elements = new { order = page.Select(o => WalmartOrderJson.Order(o, now)) },
            },
        });
    }

    private static IResult GetOrder(HttpContext http, string purchaseOrderId, SandboxClock clock)
    {
        var now = clock.UtcNow;
        return http.Seller().Walmart.Find(purchaseOrderId, now) is { } order
            ? SandboxJson.Json(new { order = WalmartOrderJson.Order(order, now) })
            : WalmartErrors.NotFound("purchaseOrderId", $"Order {purchaseOrderId} was not found.");
    }

    /// <summary>The next page as a ready-made query string: the caller's filters, explicit dates, and the next index.</summary>
    private static string Cursor(IQueryCollection query, string partnerId, int limit, int next, DateTimeOffset start, DateTimeOffset end)
    {
        var kept = query.Where(p => p.Key is not ("limit" or "hasMoreElements" or "soIndex" or "poIndex" or "partnerId" or "sellerId" or "createdStartDate" or "createdEndDate"))
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value.ToString())}");
        var index = next.ToString(CultureInfo.InvariantCulture);
        return $"?limit={limit}&hasMoreElements=true&soIndex={index}&poIndex={index}&partnerId={partnerId}&sellerId={partnerId}&"
            + string.Join('&', kept
                .Append("createdStartDate=" + Uri.EscapeDataString(WalmartQuery.Iso(start)))
                .Append("createdEndDate=" + Uri.EscapeDataString(WalmartQuery.Iso(end))));
    }
}
