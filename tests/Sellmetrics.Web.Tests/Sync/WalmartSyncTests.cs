using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

public sealed class WalmartSyncTests(TestPostgres postgres)
{
    [Fact]
    public async Task WalmartOrdersAndReconciliationFlowIntoTheSameProfitNumbersAsTheirStoredFacts()
    {
        await using var app = await SyncApp.StartAsync(postgres, historyDays: 60);
        var seller = await Seller.SignUpAsync(app, "Walmart");
        var credentials = await SyncApp.CreateSandboxSellerAsync(app, 7401);
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/walmart", new
        {
            clientId = credentials.GetProperty("walmartClientId").GetString(),
            clientSecret = credentials.GetProperty("walmartClientSecret").GetString(),
        }));
        var connections = await SyncApp.WaitForImportAsync(seller);
        Assert.Equal("WALMART_US", connections[0].GetProperty("marketplaceId").GetString());
        var to = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
        var from = to.AddDays(-45);

        var summary = await SyncApp.GetAsync(seller, $"/api/profit/summary?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&marketplace=WALMART_US");

        var totals = Assert.Single(summary.GetProperty("totals").EnumerateArray());
        await using var database = app.OpenDatabase();
        var schema = $"\"tenant_{seller.TenantId:N}\"";
        var bounds = new (string, object)[] { ("from", Start(from)), ("to", Start(to.AddDays(1))) };
        var revenue = await database.ScalarAsync<decimal>($"""
            SELECT sum(i.item_price + i.shipping_price + i.gift_wrap_price - i.promotion_discount - i.shipping_discount)
            FROM {schema}.order_items i JOIN {schema}.orders o USING (marketplace, order_id)
            WHERE o.status <> 'Cancelled' AND o.purchased_at >= @from AND o.purchased_at < @to
            """, bounds);
        // A fee belongs to its order's purchase day, or to its posted day while the order is unknown (bought before the history).
        var charged = await database.ScalarAsync<decimal>($"""
            SELECT -sum(f.amount) FROM {schema}.fee_lines f LEFT JOIN {schema}.orders o USING (marketplace, order_id)
            WHERE coalesce(o.purchased_at, f.posted_at) >= @from AND coalesce(o.purchased_at, f.posted_at) < @to
            """, bounds) + await database.ScalarAsync<decimal>(
            $"SELECT coalesce(-sum(amount), 0) FROM {schema}.service_fees WHERE posted_at >= @from AND posted_at < @to", bounds);
        var fees = totals.GetProperty("fees");
        Assert.True(revenue > 1000m, $"revenue {revenue}");
        Assert.Equal(Math.Round(revenue, 2), totals.GetProperty("revenue").GetDecimal());
        Assert.True(charged > 0m);
        // Orders not yet in a settlement cycle show estimated fees until their reconciliation rows arrive.
        var posted = fees.GetProperty("total").GetDecimal() - totals.GetProperty("estimatedFees").GetDecimal();
        Assert.InRange(Math.Abs(posted - charged), 0m, 0.011m);
        Assert.True(fees.GetProperty("fulfillment").GetDecimal() > 0m, "WFS fulfillment fees are counted as fulfillment");
        Assert.Equal("USD", totals.GetProperty("currency").GetString());
    }

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
