using System.Text.Json;
using Sellmetrics.Sandbox.Tests.Amazon;

namespace Sellmetrics.Sandbox.Tests.Generation;

public sealed class ConsistencyTests
{
    private const string MayEvents = "/finances/v0/financialEvents?PostedAfter=2026-05-01T00:00:00Z&PostedBefore=2026-06-01T00:00:00Z";

    [Fact]
    public async Task EveryFeeAndRefundBelongsToARealShippedOrder()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        var events = await SpApiPaging.AllPagesAsync(sandbox, token, MayEvents + "&MaxResultsPerPage=100");
        var orders = SpApiPaging.Items(
                await SpApiPaging.AllPagesAsync(sandbox, token, "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2026-03-25T00:00:00Z&CreatedBefore=2026-06-01T00:00:00Z"),
                p => p.GetProperty("Orders"))
            .ToDictionary(o => o.GetProperty("AmazonOrderId").GetString()!, o => o.GetProperty("OrderStatus").GetString());

        var shipments = SpApiPaging.Items(events, p => p.GetProperty("FinancialEvents").GetProperty("ShipmentEventList")).ToList();
        var refunds = SpApiPaging.Items(events, p => p.GetProperty("FinancialEvents").GetProperty("RefundEventList")).ToList();

        Assert.NotEmpty(shipments);
        Assert.NotEmpty(refunds);
        Assert.All(shipments.Concat(refunds), e => Assert.Equal("Shipped", orders.GetValueOrDefault(e.GetProperty("AmazonOrderId").GetString()!)));
    }

    [Fact]
    public async Task AMonthOfFinancesHasEveryFeeTypeAndRefundsReturnTheCommission()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        var pages = await SpApiPaging.AllPagesAsync(sandbox, token, MayEvents + "&MaxResultsPerPage=100");

        var itemFees = SpApiPaging.Items(pages, p => p.GetProperty("FinancialEvents").GetProperty("ShipmentEventList"))
            .SelectMany(e => e.GetProperty("ShipmentItemList").EnumerateArray())
            .SelectMany(i => i.GetProperty("ItemFeeList").EnumerateArray());
        var serviceFees = SpApiPaging.Items(pages, p => p.GetProperty("FinancialEvents").GetProperty("ServiceFeeEventList"))
            .SelectMany(e => e.GetProperty("FeeList").EnumerateArray());
        var refundFees = SpApiPaging.Items(pages, p => p.GetProperty("FinancialEvents").GetProperty("RefundEventList"))
            .SelectMany(e => e.GetProperty("ShipmentItemAdjustmentList").EnumerateArray())
            .SelectMany(i => i.GetProperty("ItemFeeAdjustmentList").EnumerateArray()).ToList();
        var adjustments = SpApiPaging.Items(pages, p => p.GetProperty("FinancialEvents").GetProperty("AdjustmentEventList")).ToList();
        var feeTypes = itemFees.Concat(serviceFees).Select(f => f.GetProperty("FeeType").GetString()).ToHashSet();

        Assert.Superset(
            new HashSet<string?> { "Commission", "FBAPerUnitFulfillmentFee", "VariableClosingFee", "FBAStorageFee", "FBALongTermStorageFee", "Subscription", "FBAInboundPlacementServiceFee" },
            feeTypes);
        Assert.All(itemFees.Concat(serviceFees), f => Assert.True(Amount(f.GetProperty("FeeAmount")) < 0));
        Assert.All(refundFees.Where(f => f.GetProperty("FeeType").GetString() == "Commission"), f => Assert.True(Amount(f.GetProperty("FeeAmount")) > 0));
        Assert.Contains(refundFees, f => f.GetProperty("FeeType").GetString() == "RefundCommission");
        Assert.NotEmpty(adjustments);
        Assert.All(adjustments, a => Assert.True(Amount(a.GetProperty("AdjustmentAmount")) > 0));
    }

    [Fact]
    public async Task EventGroupTotalsAreTheEventsPostedInTheirPeriodPlusTheReserveReleasedLessTheReserveHeld()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();
        var token = await sandbox.AmazonTokenAsync(seller);
        var groups = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, "/finances/v0/financialEventGroups?FinancialEventGroupStartedAfter=2026-04-01T00:00:00Z&FinancialEventGroupStartedBefore=2026-05-01T00:00:00Z"))
            .RootElement.GetProperty("payload").GetProperty("FinancialEventGroupList").EnumerateArray().ToList();
        var group = groups.First(g => g.GetProperty("ProcessingStatus").GetString() == "Closed");
        var start = group.GetProperty("FinancialEventGroupStart").GetDateTimeOffset();

        var pages = await SpApiPaging.AllPagesAsync(sandbox, token,
            $"/finances/v0/financialEvents?PostedAfter={group.GetProperty("FinancialEventGroupStart").GetString()}&PostedBefore={group.GetProperty("FinancialEventGroupEnd").GetString()}");
        var events = pages.Sum(p => Sum(JsonDocument.Parse(p).RootElement.GetProperty("payload").GetProperty("FinancialEvents")));
        var settlement = JsonDocument.Parse(await sandbox.Http.GetStringAsync($"/sandbox/control/sellers/{seller.SellerId}/settlements", TestContext.Current.CancellationToken))
            .RootElement.EnumerateArray().Single(s => s.GetProperty("periodStart").GetDateTimeOffset() == start);
        var reserveNet = settlement.GetProperty("reserveReleased").GetDecimal() - settlement.GetProperty("reserveHeld").GetDecimal();

        Assert.Equal(Amount(group.GetProperty("OriginalTotal")), events + reserveNet);
    }

    private static decimal Sum(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("CurrencyAmount", out var amount) => amount.GetDecimal(),
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name is not ("AdjustmentItemList" or "PerUnitAmount")).Sum(p => Sum(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(Sum),
        _ => 0m,
    };

    private static decimal Amount(JsonElement currency) => currency.GetProperty("CurrencyAmount").GetDecimal();
}
