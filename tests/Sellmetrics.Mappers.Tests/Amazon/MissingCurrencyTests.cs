using Sellmetrics.Facts;
using Sellmetrics.Mappers.Amazon;
using Sellmetrics.Marketplaces.Amazon.Finances;
using Sellmetrics.Marketplaces.Amazon.Reports;
using ApiOrder = Sellmetrics.Marketplaces.Amazon.Orders.Order;
using ApiOrderItem = Sellmetrics.Marketplaces.Amazon.Orders.OrderItem;

namespace Sellmetrics.Mappers.Tests.Amazon;

public sealed class MissingCurrencyTests
{
    private const string Germany = "A1PA6795UKMFR9";
    private const string Unknown = "A0NOSUCHMARKET";
    private static readonly DateOnly PostedOn = new(2026, 11, 3);
    private static readonly DateTimeOffset Posted = new(2026, 11, 3, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AGermanPayloadWithoutCurrencyIsInEuros()
    {
        var money = FinancialEventFacts.From([Events("Amazon.de")], PostedOn, Germany);
        var orders = AmazonOrderFacts.From(Order(Germany), [Item()], Germany);
        var report = AllOrdersReportFacts.From([Row()], Germany);

        Assert.Equal(
            ["EUR", "EUR", "EUR", "EUR", "EUR", "EUR"],
            [Assert.Single(money.Fees).Currency, Assert.Single(money.Refunds).Currency, Assert.Single(money.ServiceFees).Currency,
                Assert.Single(money.Reimbursements).Currency, Assert.Single(orders.Items).Currency, Assert.Single(report.Items).Currency]);
        Assert.Empty(money.RefusedLines.Concat(orders.RefusedLines).Concat(report.RefusedLines));
    }

    [Fact]
    public void ALineWithNoCurrencyInThePayloadOrTheTableIsRefusedAndCountedNeverDollars()
    {
        var money = FinancialEventFacts.From([Events(null)], PostedOn, Unknown);
        var orders = AmazonOrderFacts.From(Order(Unknown), [Item()], Unknown);
        var report = AllOrdersReportFacts.From([Row()], Unknown);

        Assert.Empty(money.Fees);
        Assert.Empty(money.Refunds);
        Assert.Empty(money.ServiceFees);
        Assert.Empty(money.Reimbursements);
        Assert.Empty(orders.Items);
        Assert.Empty(report.Items);
        Assert.Equal(
            [RefusedLineKinds.Fee, RefusedLineKinds.Refund, RefusedLineKinds.Reimbursement, RefusedLineKinds.ServiceFee],
            money.RefusedLines.Order(StringComparer.Ordinal));
        Assert.Equal([RefusedLineKinds.OrderItem], orders.RefusedLines);
        Assert.Equal([RefusedLineKinds.OrderItem], report.RefusedLines);
    }

    [Fact]
    public void APayloadsOwnCurrencyWinsOverTheTable()
    {
        var row = Row() with { Currency = "GBP" };

        Assert.Equal("GBP", Assert.Single(AllOrdersReportFacts.From([row], Germany).Items).Currency);
    }

    private static FinancialEvents Events(string? storefront) => new(
        [new ShipmentEvent("302-1", null, storefront, null, Posted, null, null, null, null, null, null,
            [new ShipmentItem("MUG-01", "1", null, 1, null, null, [new FeeComponent("Commission", NoCurrency(-3.75m))], null, null, null, null, null)], null)],
        [new ShipmentEvent("302-1", null, storefront, null, Posted, null, null, null, null, null, null, null,
            [new ShipmentItem("MUG-01", null, "adj-1", 1, null, [new ChargeComponent("Principal", NoCurrency(-20.00m))], null, null, null, null, null, null)])],
        null,
        null,
        [new ServiceFeeEvent(null, "Fee", [new FeeComponent("FBAStorageFee", NoCurrency(-2.00m))], null, null, null, null, null)],
        [new AdjustmentEvent("WAREHOUSE_LOST", Posted, null, NoCurrency(8.00m), [new AdjustmentItem("1", NoCurrency(8.00m), NoCurrency(8.00m), "MUG-01", null, null, null, null)])]);

    private static FinanceAmount NoCurrency(decimal amount) => new(null, amount);

    private static ApiOrder Order(string marketplaceId) => new(
        "302-1", null, Posted, Posted, "Shipped", "AFN", "Amazon.de", null, null, null, 1, 0, "Other", marketplaceId, null, "StandardOrder", null, null,
        false, false, false, false, null);

    private static ApiOrderItem Item() =>
        new("B0MUG", "MUG-01", "MUG-01-1", null, 1, 1, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    private static AllOrdersReportRow Row() => new(
        "302-1", "302-1", Posted, Posted, "Shipped", "Amazon", "Amazon.de", null, "MUG-01", "B0MUG", "Shipped", 1, null, 20.00m, 0m, 0m, 0m, 0m, 0m,
        0m, 0m, null, false);
}
