using System.Text.Json;
using Sellmetrics.Sandbox.Tests.Amazon;

namespace Sellmetrics.Sandbox.Tests.Scripting;

public sealed class ScriptedFinancesTests
{
    [Fact]
    public async Task FinancialEventsPostTheScriptedFeesRefundsServiceFeesAndReimbursementsAtTheirInstants()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateScriptedSellerAsync(GoldenScript.For(9101)));

        var pages = await SpApiPaging.AllPagesAsync(sandbox, token, "/finances/v0/financialEvents?PostedAfter=2026-06-01T00:00:00Z");

        var schema = await SpecSchemas.AmazonAsync("financesV0.json", "ListFinancialEventsResponse");
        Assert.All(pages, page => SpecSchemas.AssertValid(schema, page));
        var shipments = List(pages, "ShipmentEventList");
        Assert.Equal(["111-0000001-0000001", "702-0000003-0000003"], shipments.Select(e => e.GetProperty("AmazonOrderId").GetString()));
        var us = shipments[0];
        Assert.Equal(("2026-06-04T10:00:00Z", "Amazon.com"), (us.GetProperty("PostedDate").GetString(), us.GetProperty("MarketplaceName").GetString()));
        var line = us.GetProperty("ShipmentItemList")[0];
        Assert.Equal([("Commission", -5.25m), ("FBAPerUnitFulfillmentFee", -7.10m)], line.GetProperty("ItemFeeList").EnumerateArray().Select(f => (f.GetProperty("FeeType").GetString(), Amount(f.GetProperty("FeeAmount")))));
        Assert.Equal(
            [("Principal", 40.00m), ("Tax", 3.20m), ("ShippingCharge", 4.99m), ("ShippingTax", 0m), ("GiftWrap", 3.00m), ("GiftWrapTax", 0.24m)],
            line.GetProperty("ItemChargeList").EnumerateArray().Select(c => (c.GetProperty("ChargeType").GetString(), Amount(c.GetProperty("ChargeAmount")))));
        Assert.Equal([-5.00m, -4.99m], line.GetProperty("PromotionList").EnumerateArray().Select(p => Amount(p.GetProperty("PromotionAmount"))));
        var ca = shipments[1];
        Assert.Equal(("Amazon.ca", "CAD"), (ca.GetProperty("MarketplaceName").GetString(), ca.GetProperty("ShipmentItemList")[0].GetProperty("ItemFeeList")[0].GetProperty("FeeAmount").GetProperty("CurrencyCode").GetString()));

        var refund = Assert.Single(List(pages, "RefundEventList"));
        var adjustment = refund.GetProperty("ShipmentItemAdjustmentList")[0];
        Assert.Equal("2026-06-08T09:00:00Z", refund.GetProperty("PostedDate").GetString());
        Assert.Equal([-20.00m, -1.60m], adjustment.GetProperty("ItemChargeAdjustmentList").EnumerateArray().Select(c => Amount(c.GetProperty("ChargeAmount"))));
        Assert.Equal([2.62m, -0.52m], adjustment.GetProperty("ItemFeeAdjustmentList").EnumerateArray().Select(f => Amount(f.GetProperty("FeeAmount"))));
        Assert.Equal(2.50m, Amount(adjustment.GetProperty("PromotionAdjustmentList")[0].GetProperty("PromotionAmount")));

        var fees = List(pages, "ServiceFeeEventList");
        Assert.Equal([("Subscription", -39.99m, null), ("FBAStorageFee", -12.34m, "MUG-01")], fees.Select(f =>
            (f.GetProperty("FeeList")[0].GetProperty("FeeType").GetString(), Amount(f.GetProperty("FeeList")[0].GetProperty("FeeAmount")), f.TryGetProperty("SellerSKU", out var sku) ? sku.GetString() : null)));

        var reimbursement = Assert.Single(List(pages, "AdjustmentEventList"));
        Assert.Equal(("FBAInventoryReimbursement", "2026-06-09T10:00:00Z", 8.00m),
            (reimbursement.GetProperty("AdjustmentType").GetString(), reimbursement.GetProperty("PostedDate").GetString(), Amount(reimbursement.GetProperty("AdjustmentAmount"))));
    }

    [Fact]
    public async Task AnEventIsListedOnlyOnceTheClockHasPassedItsPosting()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var script = GoldenScript.For(9102);
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateScriptedSellerAsync(script));

        var window = await SpApiPaging.AllPagesAsync(sandbox, token, "/finances/v0/financialEvents?PostedAfter=2026-06-04T00:00:00Z&PostedBefore=2026-06-08T09:00:00Z");

        Assert.Single(List(window, "ShipmentEventList"), e => e.GetProperty("AmazonOrderId").GetString() == "111-0000001-0000001");
        Assert.Empty(List(window, "RefundEventList"));
        Assert.Empty(List(window, "AdjustmentEventList"));
        Assert.Equal(["FBAStorageFee"], List(window, "ServiceFeeEventList").Select(f => f.GetProperty("FeeList")[0].GetProperty("FeeType").GetString()));
    }

    private static List<JsonElement> List(IEnumerable<string> pages, string name) =>
        [.. SpApiPaging.Items(pages, p => p.GetProperty("FinancialEvents").GetProperty(name))];

    private static decimal Amount(JsonElement money) => money.GetProperty("CurrencyAmount").GetDecimal();
}
