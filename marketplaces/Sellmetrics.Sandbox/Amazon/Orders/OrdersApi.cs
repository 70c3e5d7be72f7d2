using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Paging;
using Sellmetrics.Sandbox.RateLimiting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Orders;

/// <summary>Orders v0: getOrders and getOrderItems.</summary>
internal static class OrdersApi
{
    public static readonly RateLimit GetOrders = new("getOrders", 0.0167, 20);
    public static readonly RateLimit GetOrderItems = new("getOrderItems", 0.5, 30);

    public static void MapOrdersApi(this RouteGroupBuilder spApi)
    {
        spApi.MapGet("/orders/v0/orders", ListOrders).WithMetadata(GetOrders);
        spApi.MapGet("/orders/v0/orders/{orderId}/orderItems", ListOrderItems).WithMetadata(GetOrderItems);
    }

    private static IResult ListOrders(HttpContext http, SandboxClock clock)
    {
        var query = http.Request.Query;
        var now = clock.UtcNow;
        var latest = SpApiQuery.Latest(now);
        if (!SpApiQuery.TryDate(query, "CreatedAfter", out var createdAfter) || !SpApiQuery.TryDate(query, "CreatedBefore", out var createdBefore)
            || !SpApiQuery.TryDate(query, "LastUpdatedAfter", out var updatedAfter) || !SpApiQuery.TryDate(query, "LastUpdatedBefore", out var updatedBefore))
        {
            return SpApiErrors.InvalidInput(http, "Dates must be in ISO 8601 format.");
        }

        var marketplaceIds = SpApiQuery.List(query, "MarketplaceIds");
        if (marketplaceIds.Count is 0 or > 50)
        {
            return SpApiErrors.InvalidInput(http, "MarketplaceIds is required and takes at most 50 values.");
        }

        if (MarketplaceCheck.Refusal(http, marketplaceIds) is { } refused)
        {
            return refused;
        }

        var byCreated = createdAfter is not null;
        if (byCreated == (updatedAfter is not null) || (byCreated && (updatedBefore is not null)) || (!byCreated && createdBefore is not null))
        {
            return SpApiErrors.InvalidInput(http, "Exactly one of CreatedAfter or LastUpdatedAfter must be specified, and its Before must match it.");
        }

        if (!SpApiQuery.TryInt(query, "MaxResultsPerPage", 100, 1, 100, out var size))
        {
            return SpApiErrors.InvalidInput(http, "MaxResultsPerPage must be between 1 and 100.");
        }

        if (!PageToken.TryRead(query, "NextToken", out var fingerprint, out var token))
        {
            return SpApiErrors.InvalidInput(http, "Invalid NextToken: it does not belong to this query.");
        }

        var after = (createdAfter ?? updatedAfter)!.Value;
        var explicitBefore = createdBefore ?? updatedBefore;
        if (token is null && (explicitBefore > latest || after > latest))
        {
            return SpApiErrors.InvalidInput(http, "Date must be no later than 2 minutes before the time the request was submitted.");
        }

        var before = token?.UpperBound ?? SpApiQuery.WholeSeconds(explicitBefore ?? latest);
        if (after > before)
        {
            return SpApiErrors.InvalidInput(http, "The After date must not be later than the Before date.");
        }

        var orders = Select(http.Seller(), query, byCreated, after, before, now, marketplaceIds);
        var page = Page<AmazonOrder>.Cut(orders, token?.Offset ?? 0, size, offset => new PageToken(fingerprint, offset, before.ToUnixTimeSeconds()).Encode());
        return SandboxJson.Json(new
        {
            payload = new
            {
                Orders = page.Items.Select(o => OrderJson.Order(o, now)),
                page.NextToken,
                LastUpdatedBefore = byCreated ? null : SandboxJson.Iso(before),
                CreatedBefore = byCreated ? SandboxJson.Iso(before) : null,
            },
        });
    }

    private static List<AmazonOrder> Select(
        Seller seller, IQueryCollection query, bool byCreated, DateTimeOffset after, DateTimeOffset before, DateTimeOffset now, IReadOnlyList<string> marketplaceIds)
    {
        var statuses = SpApiQuery.List(query, "OrderStatuses");
        var channels = SpApiQuery.List(query, "FulfillmentChannels");
        var ids = SpApiQuery.List(query, "AmazonOrderIds");
        var from = DateOnly.FromDateTime(after.UtcDateTime).AddDays(byCreated ? 0 : -(seller.Amazon.ShipWithinDays + 1));
        var candidates = seller.Amazon.OrdersStartingBetween(from, DateOnly.FromDateTime(before.UtcDateTime), now)
            .Where(o => marketplaceIds.Contains(o.Marketplace.Id))
            .Where(o => statuses.Count == 0 || statuses.Contains(o.StatusAt(now)))
            .Where(o => channels.Count == 0 || channels.Contains(o.IsFba ? "AFN" : "MFN"))
            .Where(o => ids.Count == 0 || ids.Contains(o.AmazonOrderId));
        return byCreated
            ? [.. candidates.Where(o => o.PurchaseDate >= after && o.PurchaseDate <= before).OrderBy(o => o.PurchaseDate).ThenBy(o => o.AmazonOrderId, StringComparer.Ordinal)]
            : [.. candidates.Where(o => o.LastUpdateAt(now) is var u && u >= after && u <= before).OrderBy(o => o.LastUpdateAt(now)).ThenBy(o => o.AmazonOrderId, StringComparer.Ordinal)];
    }

    private static IResult ListOrderItems(HttpContext http, SandboxClock clock, string orderId)
    {
        var now = clock.UtcNow;
        var order = http.Seller().Amazon.FindOrder(orderId, now);
        if (order is null)
        {
            return SpApiErrors.NotFound(http, $"Order {orderId} was not found.");
        }

        var status = order.StatusAt(now);
        return SandboxJson.Json(new
        {
            payload = new
            {
                order.AmazonOrderId,
                OrderItems = order.Items.Select(i => OrderJson.Item(i, status, order.Marketplace.Currency)),
            },
        });
    }
}
