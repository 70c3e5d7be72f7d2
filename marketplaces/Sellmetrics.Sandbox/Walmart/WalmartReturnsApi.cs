using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>Walmart returns: <c>GET /v3/returns</c> with offset paging through <c>meta.nextCursor</c>.</summary>
internal static class WalmartReturnsApi
{
    public static void MapWalmartReturnsApi(this RouteGroupBuilder walmart) =>
        walmart.MapGet("/v3/returns", ListReturns).WithMetadata(new WalmartOperation("returns"));

    private static IResult ListReturns(HttpContext http, SandboxClock clock)
    {
        var query = http.Request.Query;
        var now = clock.UtcNow;
        if (!WalmartQuery.TryDate(query, "returnCreationStartDate", now.AddDays(-30), out var start)
            || !WalmartQuery.TryDate(query, "returnCreationEndDate", now, out var end))
        {
            return WalmartErrors.InvalidParam("returnCreationStartDate", "Dates must be yyyy-MM-dd or ISO 8601 timestamps.");
        }

        if (!WalmartQuery.TryInt(query, "limit", 10, 1, 200, out var limit) || !WalmartQuery.TryInt(query, "offset", 0, 0, int.MaxValue, out var offset))
        {
            return WalmartErrors.InvalidParam("limit", "limit must be between 1 and 200.");
        }

        var status = query["status"].ToString();
        var seller = http.Seller();
        var returns = seller.Walmart.OrdersPlacedBetween(DateOnly.FromDateTime(start.UtcDateTime).AddDays(-30), DateOnly.FromDateTime(end.UtcDateTime), now)
            .Where(o => o.Return is { } r && r.CreatedAt >= start && r.CreatedAt <= end && r.CreatedAt <= now)
            .Where(o => query["returnOrderId"].Count == 0 || o.Return!.ReturnOrderId == query["returnOrderId"])
            .Where(o => query["customerOrderId"].Count == 0 || o.CustomerOrderId == query["customerOrderId"])
            .Where(o => status.Length == 0 || (o.Return!.RefundedAt <= now ? "COMPLETED" : "INITIATED") == status)
            .OrderBy(o => o.Return!.CreatedAt)
            .ToList();
        var next = offset + limit < returns.Count
            ? $"?sellerId={seller.WalmartPartnerId}&limit={limit}&offset={(offset + limit).ToString(CultureInfo.InvariantCulture)}"
                + $"&returnCreationStartDate={Uri.EscapeDataString(WalmartQuery.Iso(start))}&returnCreationEndDate={Uri.EscapeDataString(WalmartQuery.Iso(end))}"
                + (status.Length > 0 ? "&status=" + status : string.Empty)
            : string.Empty;
        return SandboxJson.Json(new
        {
            meta = new { totalCount = returns.Count, limit, nextCursor = next },
            returnOrders = returns.Skip(offset).Take(limit).Select(o => WalmartReturnJson.ReturnOrder(o, now)),
        });
    }
}
