using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Paging;
using Sellmetrics.Sandbox.RateLimiting;

namespace Sellmetrics.Sandbox.Amazon.Inventory;

/// <summary>FBA Inventory v1: getInventorySummaries (pages of 50; a nextToken lives 30 seconds).</summary>
internal static class InventoryApi
{
    public static readonly RateLimit GetInventorySummaries = new("getInventorySummaries", 2, 2);
    private const int PageSize = 50;

    public static void MapInventoryApi(this RouteGroupBuilder spApi) =>
        spApi.MapGet("/fba/inventory/v1/summaries", Summaries).WithMetadata(GetInventorySummaries);

    private static IResult Summaries(HttpContext http, SandboxClock clock)
    {
        var query = http.Request.Query;
        var now = clock.UtcNow;
        var marketplaceIds = SpApiQuery.List(query, "marketplaceIds");
        if (query["granularityType"] != "Marketplace" || query["granularityId"].ToString().Length == 0 || marketplaceIds.Count != 1)
        {
            return SpApiErrors.InvalidInput(http, "granularityType=Marketplace, granularityId and exactly one marketplaceIds value are required.");
        }

        if (!SpApiQuery.TryDate(query, "startDateTime", out var changedSince) || changedSince < now.AddMonths(-18))
        {
            return SpApiErrors.InvalidInput(http, "startDateTime must be an ISO 8601 date no more than 18 months back.");
        }

        if (!PageToken.TryRead(query, "nextToken", out var fingerprint, out var token) || now > token?.UpperBound + TimeSpan.FromSeconds(30))
        {
            return SpApiErrors.InvalidInput(http, "The nextToken is invalid or has expired.");
        }

        if (MarketplaceCheck.Refusal(http, marketplaceIds) is { } refused)
        {
            return refused;
        }

        var skus = SpApiQuery.List(query, "sellerSkus").Concat(SpApiQuery.List(query, "sellerSku")).ToList();
        var seller = http.Seller();
        var marketplace = seller.Region.ListedIn(marketplaceIds[0]);
        var rows = seller.Catalog.Products
            .Where(p => p.IsFba && (skus.Count == 0 || skus.Contains(p.Sku)) && marketplace is not null)
            .Select(p => (Product: p, Stock: seller.Amazon.StockAsOf(p, marketplace!, now)))
            .Where(x => changedSince is null || x.Stock.LastUpdated >= changedSince)
            .ToList();
        var page = Page<(Product, StockLevel)>.Cut(rows, token?.Offset ?? 0, PageSize, offset => new PageToken(fingerprint, offset, now.ToUnixTimeSeconds()).Encode());
        var details = string.Equals(query["details"], "true", StringComparison.OrdinalIgnoreCase);
        return SandboxJson.Json(new
        {
            payload = new
            {
                granularity = new { granularityType = "Marketplace", granularityId = query["granularityId"].ToString() },
                inventorySummaries = page.Items.Select(x => Summary(x.Item1, x.Item2, details)),
            },
            pagination = page.NextToken is null ? null : new { nextToken = page.NextToken },
        });
    }

    private static object Summary(Product product, StockLevel stock, bool details) => new
    {
        asin = product.Asin,
        fnSku = product.FnSku,
        sellerSku = product.Sku,
        condition = "NewItem",
        inventoryDetails = details ? new
        {
            fulfillableQuantity = stock.Fulfillable,
            inboundWorkingQuantity = stock.InboundWorking,
            inboundShippedQuantity = stock.InboundShipped,
            inboundReceivingQuantity = stock.InboundReceiving,
            reservedQuantity = new { totalReservedQuantity = stock.Reserved, pendingCustomerOrderQuantity = stock.Reserved, pendingTransshipmentQuantity = 0, fcProcessingQuantity = 0 },
            researchingQuantity = new
            {
                totalResearchingQuantity = stock.Researching,
                researchingQuantityBreakdown = new[] { new { name = "researchingQuantityInShortTerm", quantity = stock.Researching } },
            },
            unfulfillableQuantity = new
            {
                totalUnfulfillableQuantity = stock.Unfulfillable,
                customerDamagedQuantity = stock.CustomerDamaged,
                warehouseDamagedQuantity = stock.WarehouseDamaged,
                distributorDamagedQuantity = 0,
                carrierDamagedQuantity = 0,
                defectiveQuantity = stock.Defective,
                expiredQuantity = 0,
            },
        }
        : null,
        lastUpdatedTime = SandboxJson.Iso(stock.LastUpdated),
        productName = product.Title,
        totalQuantity = stock.Total,
        stores = Array.Empty<string>(),
    };
}
