using System.Net;
using System.Text.Json;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

// Every expected number below is worked out by hand from GoldenLedger's script and DESIGN.md's profit definition.
public sealed class GoldenLedgerTests(SandboxSyncApp fixture) : IClassFixture<SandboxSyncApp>
{
    private readonly GoldenLedger _ledger = new();

    [Fact]
    public async Task TheApiSummaryDailyAndProductNumbersEqualTheHandComputedLedgerToTheCent()
    {
        var app = fixture.App;
        var seller = await Seller.SignUpAsync(app, "Golden");
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/settings", new { timeZone = GoldenLedger.TimeZone }));
        var b = _ledger.B;
        await SetCostAsync(seller, GoldenLedger.Us, GoldenLedger.Mug, 6.00m, "USD", b.AddDays(-30));
        await SetCostAsync(seller, GoldenLedger.Us, GoldenLedger.Mug, 7.00m, "USD", b.AddDays(3));
        await SetCostAsync(seller, GoldenLedger.Us, GoldenLedger.Lamp, 12.00m, "USD", b.AddDays(-30));
        await SetCostAsync(seller, GoldenLedger.Canada, GoldenLedger.Mug, 8.00m, "CAD", b.AddDays(-30));
        await AddCostAsync(seller, "Software", 310.00m, "monthly", b.AddDays(-40));
        await AddCostAsync(seller, "Insurance", 730.00m, "yearly", b.AddDays(-40));
        var credentials = await SyncApp.ControlAsync(app, "sellers/scripted", _ledger.Script(seed: 8801));
        await SyncApp.ConnectAmazonAsync(seller, credentials, GoldenLedger.Us);
        await SyncApp.ConnectAmazonAsync(seller, credentials, GoldenLedger.Canada);
        await SyncApp.WaitForImportAsync(seller);

        var summary = await SyncApp.GetAsync(seller, $"/api/profit/summary?{_ledger.Range}");
        var totals = summary.GetProperty("totals");
        Assert.Equal(2, totals.GetArrayLength());
        var cad = totals[0];
        Assert.Equal("CAD", cad.GetProperty("currency").GetString());
        AssertMoney(cad, revenue: 25.00m, units: 1, orders: 1, referral: 3.75m, fulfillment: 0m, storage: 0m, other: 0m, refunds: 0m, reimbursements: 0m, cogs: 8.00m, recurring: 0m, estimated: 0m);
        Assert.Equal(13.25m, cad.GetProperty("netProfit").GetDecimal());
        Assert.Equal(0.53m, cad.GetProperty("margin").GetDecimal());
        Assert.Equal(1.6563m, cad.GetProperty("roi").GetDecimal());

        // Revenue 41.00 + 20.00 + (105.00 + 16.00) + 20.00; the cancelled order counts for nothing.
        // Fees: order fees 11.60 + 6.10 + 37.45 + 5.80 estimated for the unsettled order (the SKU's 4 settled units
        // paid 10.80 referral and 12.40 fulfillment), service fees 39.99 + 12.34 + 4.50 + 20.00.
        // Refunds −(−20.00 + 2.70 − 0.54 + 2.00) and −(−20.00 + 3.00 − 0.60); taxes never count.
        // COGS 2 × 6.00 + 6.00 + 3 × 12.00 + 7.00 (new cost from B+3) + 7.00, less 6.00 for the one sellable return.
        var usd = totals[1];
        var recurring = _ledger.RecurringCosts();
        AssertMoney(usd, revenue: 202.00m, units: 8, orders: 4, referral: 29.25m, fulfillment: 29.90m, storage: 16.84m, other: 61.79m,
            refunds: 33.44m, reimbursements: 8.00m, cogs: 62.00m, recurring: Cents(recurring), estimated: 5.80m);
        Assert.Equal(137.78m, usd.GetProperty("fees").GetProperty("total").GetDecimal());
        Assert.Equal(Cents(202.00m - 137.78m - 33.44m + 8.00m - 62.00m - recurring), usd.GetProperty("netProfit").GetDecimal());

        var daily = (await SyncApp.GetAsync(seller, $"/api/profit/daily?{_ledger.Range}")).EnumerateArray().ToList();
        Assert.Equal(14, daily.Count);
        // The 20:00 UTC order of day B is 01:30 on B+1 in India, so it belongs to B+1 with the subscription fee.
        var dayB = Usd(daily, b);
        Assert.Equal(41.00m, dayB.GetProperty("revenue").GetDecimal());
        Assert.Equal(11.60m, dayB.GetProperty("fees").GetProperty("total").GetDecimal());
        Assert.Equal(12.00m, dayB.GetProperty("cogs").GetDecimal());
        var dayAfter = Usd(daily, b.AddDays(1));
        Assert.Equal(20.00m, dayAfter.GetProperty("revenue").GetDecimal());
        Assert.Equal(46.09m, dayAfter.GetProperty("fees").GetProperty("total").GetDecimal());
        Assert.Equal(1, dayAfter.GetProperty("orders").GetInt32());
        Assert.Equal(-6.00m, Usd(daily, b.AddDays(6)).GetProperty("cogs").GetDecimal());
        Assert.Equal(15.84m, Usd(daily, b.AddDays(5)).GetProperty("refunds").GetDecimal());
        Assert.Equal(5.80m, Usd(daily, b.AddDays(4)).GetProperty("estimatedFees").GetDecimal());
        Assert.Equal(202.00m, daily.Sum(d => d.GetProperty("totals").EnumerateArray().Where(IsUsd).Sum(t => t.GetProperty("revenue").GetDecimal())));

        var products = (await SyncApp.GetAsync(seller, $"/api/products?{_ledger.Range}")).EnumerateArray().ToList();
        Assert.Equal(3, products.Count);
        AssertProduct(products, GoldenLedger.Canada, GoldenLedger.Mug, units: 1, revenue: 25.00m, fees: 3.75m, refunds: 0m, cogs: 8.00m, net: 13.25m, unitCost: 8.00m);
        AssertProduct(products, GoldenLedger.Us, GoldenLedger.Lamp, units: 3, revenue: 105.00m, fees: 56.45m, refunds: 0m, cogs: 36.00m, net: 12.55m, unitCost: 12.00m);
        Assert.Equal("Golden Lamp", products.Single(p => p.GetProperty("sku").GetString() == GoldenLedger.Lamp).GetProperty("title").GetString());
        AssertProduct(products, GoldenLedger.Us, GoldenLedger.Mug, units: 5, revenue: 97.00m, fees: 29.00m, refunds: 33.44m, cogs: 26.00m, net: 16.56m, unitCost: 7.00m);

        var explained = await SyncApp.GetAsync(seller, $"/api/products/{GoldenLedger.Us}/{GoldenLedger.Mug}/days?from={GoldenLedger.Day(b.AddDays(6))}&to={GoldenLedger.Day(b.AddDays(6))}");
        var line = Assert.Single(explained[0].GetProperty("lines").EnumerateArray());
        Assert.Equal("cogs", line.GetProperty("component").GetString());
        Assert.Equal(-6.00m, line.GetProperty("amount").GetDecimal());
        Assert.Contains("SELLABLE", line.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangedUnitCostRepricesOnlyTheSalesFromItsDate()
    {
        var app = fixture.App;
        var seller = await Seller.SignUpAsync(app, "Repricing");
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/settings", new { timeZone = GoldenLedger.TimeZone }));
        await SyncApp.ConnectAmazonAsync(seller, await SyncApp.ControlAsync(app, "sellers/scripted", _ledger.Script(seed: 8802)), GoldenLedger.Us);
        await SyncApp.WaitForImportAsync(seller);
        await SetCostAsync(seller, GoldenLedger.Us, GoldenLedger.Lamp, 12.00m, "USD", _ledger.B.AddDays(-30));
        Assert.Equal(36.00m, Usd(await SyncApp.GetAsync(seller, $"/api/profit/summary?{_ledger.Range}")).GetProperty("cogs").GetDecimal());

        await SetCostAsync(seller, GoldenLedger.Us, GoldenLedger.Lamp, 10.00m, "USD", _ledger.B.AddDays(3));

        Assert.Equal(30.00m, Usd(await SyncApp.GetAsync(seller, $"/api/profit/summary?{_ledger.Range}")).GetProperty("cogs").GetDecimal());
        Assert.Equal(HttpStatusCode.BadRequest, (await seller.Browser.SendJsonAsync(HttpMethod.Put, $"/api/products/{GoldenLedger.Us}/{GoldenLedger.Lamp}/cogs",
            new { unitCost = -1m, currency = "USD", effectiveFrom = GoldenLedger.Day(_ledger.B) })).StatusCode);
    }

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static bool IsUsd(JsonElement totals) => totals.GetProperty("currency").GetString() == "USD";

    private static JsonElement Usd(JsonElement summary) => summary.GetProperty("totals").EnumerateArray().Single(IsUsd);

    private static JsonElement Usd(List<JsonElement> daily, DateOnly day) =>
        daily.Single(d => d.GetProperty("date").GetString() == GoldenLedger.Day(day)).GetProperty("totals").EnumerateArray().Single(IsUsd);

    private static void AssertMoney(
        JsonElement totals, decimal revenue, int units, int orders, decimal referral, decimal fulfillment, decimal storage, decimal other,
        decimal refunds, decimal reimbursements, decimal cogs, decimal recurring, decimal estimated)
    {
        var fees = totals.GetProperty("fees");
        Assert.Equal(
            (revenue, units, orders, referral, fulfillment, storage, other, refunds, reimbursements, cogs, recurring, estimated),
            (totals.GetProperty("revenue").GetDecimal(), totals.GetProperty("units").GetInt32(), totals.GetProperty("orders").GetInt32(),
             fees.GetProperty("referral").GetDecimal(), fees.GetProperty("fulfillment").GetDecimal(), fees.GetProperty("storage").GetDecimal(),
             fees.GetProperty("other").GetDecimal(), totals.GetProperty("refunds").GetDecimal(), totals.GetProperty("reimbursements").GetDecimal(),
             totals.GetProperty("cogs").GetDecimal(), totals.GetProperty("recurringCosts").GetDecimal(), totals.GetProperty("estimatedFees").GetDecimal()));
    }

    private static void AssertProduct(
        List<JsonElement> products, string marketplace, string sku, int units, decimal revenue, decimal fees, decimal refunds, decimal cogs, decimal net, decimal unitCost)
    {
        var row = products.Single(p => p.GetProperty("marketplaceId").GetString() == marketplace && p.GetProperty("sku").GetString() == sku);
        Assert.Equal(
            (units, revenue, fees, refunds, cogs, net, unitCost),
            (row.GetProperty("units").GetInt32(), row.GetProperty("revenue").GetDecimal(), row.GetProperty("fees").GetProperty("total").GetDecimal(),
             row.GetProperty("refunds").GetDecimal(), row.GetProperty("cogs").GetDecimal(), row.GetProperty("netProfit").GetDecimal(),
             row.GetProperty("unitCost").GetDecimal()));
    }

    private static async Task SetCostAsync(Seller seller, string marketplace, string sku, decimal unitCost, string currency, DateOnly from) =>
        Assert.Equal(HttpStatusCode.NoContent, (await seller.Browser.SendJsonAsync(HttpMethod.Put, $"/api/products/{marketplace}/{sku}/cogs",
            new { unitCost, currency, effectiveFrom = GoldenLedger.Day(from) })).StatusCode);

    private static async Task AddCostAsync(Seller seller, string name, decimal amount, string frequency, DateOnly start) =>
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/recurring-costs",
            new { name, category = "overhead", amount, currency = "USD", frequency, startDate = GoldenLedger.Day(start) }));
}
