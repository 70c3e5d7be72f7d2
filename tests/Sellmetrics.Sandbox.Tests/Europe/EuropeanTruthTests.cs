using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Sellmetrics.Sandbox.Tests.Amazon;

namespace Sellmetrics.Sandbox.Tests.Europe;

/// <summary>
/// The truth endpoint against what the SP-API serves for a European seller in April 2026: per marketplace, the sales of
/// the all-orders report, the fees of the shipment events and the refund events (a refund without a storefront counted in
/// its order's marketplace); per currency, the reimbursements; once for the account, the subscription and storage fee.
/// </summary>
public sealed class EuropeanTruthTests
{
    private static readonly DateTimeOffset AprilStart = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MayStart = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TruthPerMarketplaceEqualsWhatOrdersReportsAndFinancesServe()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(seed: 5010, region: "EU");
        var token = await sandbox.AmazonTokenAsync(seller);
        var truth = (await sandbox.Http.GetFromJsonAsync<JsonElement>($"/sandbox/control/sellers/{seller.SellerId}/truth?from=2026-04-01&to=2026-04-30", Cancel))
            .EnumerateArray().ToList();
        var lines = await OrderLinesAsync(sandbox, token);
        var orderStorefront = lines.GroupBy(l => l["amazon-order-id"]).ToDictionary(g => g.Key, g => g.First()["sales-channel"]);
        var april = lines.Where(l => l["order-status"] != "Canceled" && Instant(l["purchase-date"]) is var d && d >= AprilStart && d < MayStart).ToList();
        var events = Events(await SpApiPaging.AllPagesAsync(sandbox, token, "/finances/v0/financialEvents?PostedAfter=2026-04-01T00:00:00Z&PostedBefore=2026-06-15T11:50:00Z"));
        var aprilOrders = april.Select(l => l["amazon-order-id"]).ToHashSet();
        var shipments = events["ShipmentEventList"].Where(e => aprilOrders.Contains(e.GetProperty("AmazonOrderId").GetString()!)).ToList();
        var refunds = events["RefundEventList"].Where(e => Instant(e.GetProperty("PostedDate").GetString()!) < MayStart).ToList();

        Assert.Equal(aprilOrders.Count, shipments.Select(e => e.GetProperty("AmazonOrderId").GetString()).Distinct().Count());
        Assert.Contains(refunds, r => !r.TryGetProperty("MarketplaceName", out _));
        foreach (var (id, storefront, currency) in EuropeanMarketplaces.All)
        {
            var rows = truth.Where(r => r.GetProperty("marketplace").GetString() == id).ToList();
            var sold = april.Where(l => l["sales-channel"] == storefront).ToList();
            var shipped = shipments.Where(e => e.GetProperty("MarketplaceName").GetString() == storefront).ToList();
            var refunded = refunds.Where(r => (r.TryGetProperty("MarketplaceName", out var name) ? name.GetString() : orderStorefront[r.GetProperty("AmazonOrderId").GetString()!]) == storefront).ToList();

            Assert.All(rows, r => Assert.Equal(currency, r.GetProperty("currency").GetString()));
            Assert.Equal(sold.Sum(l => int.Parse(l["quantity"], CultureInfo.InvariantCulture)), rows.Sum(r => r.GetProperty("units").GetInt32()));
            Assert.Equal(sold.Sum(l => Amount(l["item-price"]) + Amount(l["shipping-price"]) + Amount(l["gift-wrap-price"]) + Amount(l["item-promotion-discount"]) + Amount(l["ship-promotion-discount"])), Sum(rows, "revenue"));
            Assert.Equal(-Money(shipped.SelectMany(Items).SelectMany(i => i.GetProperty("ItemFeeList").EnumerateArray()).Select(f => f.GetProperty("FeeAmount")), currency), rows.Sum(r => r.GetProperty("fees").GetProperty("total").GetDecimal()));
            Assert.Equal(-Money(refunded.SelectMany(Adjustments).SelectMany(RefundAmounts), currency), Sum(rows, "refunds"));
        }

        var reimbursed = events["AdjustmentEventList"].Where(e => Instant(e.GetProperty("PostedDate").GetString()!) < MayStart).Select(e => e.GetProperty("AdjustmentAmount")).ToList();
        foreach (var currency in new[] { "EUR", "GBP" })
        {
            Assert.Equal(reimbursed.Where(a => a.GetProperty("CurrencyCode").GetString() == currency).Sum(a => a.GetProperty("CurrencyAmount").GetDecimal()), Sum(truth.Where(r => r.GetProperty("currency").GetString() == currency && r.GetProperty("marketplace").ValueKind != JsonValueKind.Null), "reimbursements"));
        }
    }

    [Fact]
    public async Task TheAccountPaysOneSubscriptionAndOneStorageFeeAMonthInEurosInNoMarketplace()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(seed: 5011, region: "EU");
        var token = await sandbox.AmazonTokenAsync(seller);

        var fees = Events(await SpApiPaging.AllPagesAsync(sandbox, token, "/finances/v0/financialEvents?PostedAfter=2026-03-01T00:00:00Z&PostedBefore=2026-06-01T00:00:00Z"))["ServiceFeeEventList"];
        var account = (await sandbox.Http.GetFromJsonAsync<JsonElement>($"/sandbox/control/sellers/{seller.SellerId}/truth?from=2026-03-01&to=2026-05-31", Cancel))
            .EnumerateArray().Where(r => r.GetProperty("accountLevel").GetBoolean()).ToList();

        var charged = fees.Select(f => f.GetProperty("FeeList")[0]).ToList();
        Assert.Equal(["FBAStorageFee", "FBAStorageFee", "FBAStorageFee", "Subscription", "Subscription", "Subscription"], charged.Select(f => f.GetProperty("FeeType").GetString()).Order(StringComparer.Ordinal));
        Assert.All(charged, f => Assert.Equal("EUR", f.GetProperty("FeeAmount").GetProperty("CurrencyCode").GetString()));
        Assert.All(fees, f => Assert.False(f.TryGetProperty("SellerSKU", out _)));
        Assert.Equal(["2026-03-01", "2026-03-07", "2026-04-01", "2026-04-07", "2026-05-01", "2026-05-07"], account.Select(r => r.GetProperty("day").GetString()));
        Assert.All(account, r => Assert.Equal(("EUR", JsonValueKind.Null, JsonValueKind.Null), (r.GetProperty("currency").GetString(), r.GetProperty("marketplace").ValueKind, r.GetProperty("sku").ValueKind)));
        Assert.Equal(3 * 39.00m, account.Sum(r => r.GetProperty("fees").GetProperty("other").GetDecimal()));
        Assert.Equal(-charged.Sum(f => f.GetProperty("FeeAmount").GetProperty("CurrencyAmount").GetDecimal()), account.Sum(r => r.GetProperty("fees").GetProperty("total").GetDecimal()));
    }

    // Every order line updated since late February, per marketplace, so refunds posted in April find their order's storefront.
    private static async Task<List<Dictionary<string, string>>> OrderLinesAsync(SandboxApp sandbox, string token)
    {
        var lines = new List<Dictionary<string, string>>();
        foreach (var (id, storefront, currency) in EuropeanMarketplaces.All)
        {
            var rows = ReportFlow.Rows(await ReportFlow.RunAsync(sandbox, token, new
            {
                reportType = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL",
                marketplaceIds = new[] { id },
                dataStartTime = "2026-02-20T00:00:00Z",
                dataEndTime = "2026-06-15T00:00:00Z",
            }));
            Assert.All(rows, r => Assert.Equal((storefront, currency), (r["sales-channel"], r["currency"])));
            lines.AddRange(rows);
        }

        return lines;
    }

    private static Dictionary<string, List<JsonElement>> Events(IEnumerable<string> pages) =>
        pages.SelectMany(p => JsonDocument.Parse(p).RootElement.GetProperty("payload").GetProperty("FinancialEvents").EnumerateObject())
            .GroupBy(list => list.Name)
            .ToDictionary(g => g.Key, g => g.SelectMany(list => list.Value.EnumerateArray()).ToList());

    private static IEnumerable<JsonElement> Items(JsonElement shipment) => shipment.GetProperty("ShipmentItemList").EnumerateArray();

    private static IEnumerable<JsonElement> Adjustments(JsonElement refund) => refund.GetProperty("ShipmentItemAdjustmentList").EnumerateArray();

    // What a refund takes back, taxes aside: the principal, the promotion, the referral fee returned and the refund fee.
    private static IEnumerable<JsonElement> RefundAmounts(JsonElement item) =>
        item.GetProperty("ItemChargeAdjustmentList").EnumerateArray().Where(c => c.GetProperty("ChargeType").GetString() != "Tax").Select(c => c.GetProperty("ChargeAmount"))
            .Concat(item.GetProperty("ItemFeeAdjustmentList").EnumerateArray().Select(f => f.GetProperty("FeeAmount")))
            .Concat(item.GetProperty("PromotionAdjustmentList").EnumerateArray().Select(p => p.GetProperty("PromotionAmount")));

    // Sums Finances amounts, each of which must be in the marketplace's currency.
    private static decimal Money(IEnumerable<JsonElement> amounts, string currency) => amounts.Sum(a =>
    {
        Assert.Equal(currency, a.GetProperty("CurrencyCode").GetString());
        return a.GetProperty("CurrencyAmount").GetDecimal();
    });

    private static decimal Sum(IEnumerable<JsonElement> rows, string name) => rows.Sum(r => r.GetProperty(name).GetDecimal());

    private static decimal Amount(string text) => text.Length == 0 ? 0m : decimal.Parse(text, CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
