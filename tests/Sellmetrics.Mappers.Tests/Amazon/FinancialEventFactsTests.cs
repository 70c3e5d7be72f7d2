using Sellmetrics.Mappers.Amazon;
using Sellmetrics.Marketplaces.Amazon.Finances;

namespace Sellmetrics.Mappers.Tests.Amazon;

public sealed class FinancialEventFactsTests
{
    private const string Us = "ATVPDKIKX0DER";
    private static readonly DateTimeOffset WindowStart = new(2026, 11, 2, 18, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Posted = WindowStart.AddHours(20);
    private static readonly DateOnly PostedOn = new(2026, 11, 2);

    [Fact]
    public void ARefundCountsEveryNonTaxComponentAsTheApiSignsItAndNoTax()
    {
        var refund = new ShipmentEvent("111-1", null, "Amazon.com", null, Posted, null, null, null, null, null, null, null,
        [
            new ShipmentItem("MUG-01", null, "adj-1", 1,
                null, [Charge("Principal", -20.00m), Charge("Tax", -1.60m), Charge("ShippingCharge", -4.99m), Charge("RestockingFee", 3.00m)],
                null, [Fee("Commission", 2.70m), Fee("RefundCommission", -0.54m)],
                null, [new Promotion("Item", "P1", Usd(2.00m))], null, null),
        ]);

        var fact = Assert.Single(FinancialEventFacts.From([Page(refunds: [refund])], PostedOn, Us).Refunds);

        Assert.Equal((-20.00m, -4.99m, 2.00m, 2.16m, 3.00m), (fact.Principal, fact.Shipping, fact.Promotion, fact.FeeAdjustments, fact.Other));
        Assert.Equal(-17.83m, fact.Total);
        Assert.Equal("111-1/MUG-01/20261103T143000Z", fact.Id);
    }

    [Fact]
    public void ServiceFeesAreNamedByTheirUtcDayDatedAtItsNoonAndNumberedAcrossPagesSoARepeatedPullNamesThemAlike()
    {
        FinancialEvents[] pages = [Page(serviceFees: [Storage(null, -12.34m)]), Page(serviceFees: [Storage(null, -1.00m), Storage("MUG-01", -0.40m)])];

        var first = FinancialEventFacts.From(pages, PostedOn, Us).ServiceFees;
        var again = FinancialEventFacts.From(pages, PostedOn, Us).ServiceFees;

        Assert.Equal(first, again);
        Assert.Equal(["FBAStorageFee/-/20261102T0000Z/1", "FBAStorageFee/-/20261102T0000Z/2", "FBAStorageFee/MUG-01/20261102T0000Z/1"], first.Select(f => f.Id));
        Assert.All(first, f => Assert.Equal(new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero), f.PostedAt));
        Assert.Null(first[0].Sku);
    }

    [Fact]
    public void EventsOfAnotherStorefrontOrCurrencyAreLeftToThatMarketplacesConnection()
    {
        var canadian = new ShipmentEvent("702-1", null, "Amazon.ca", null, Posted, null, null, null, null, null, null,
            [new ShipmentItem("MUG-01", "1", null, 1, null, null, [new FeeComponent("Commission", new FinanceAmount("CAD", -3.75m))], null, null, null, null, null)], null);
        var cadFee = new ServiceFeeEvent(null, "Fee", [new FeeComponent("FBAStorageFee", new FinanceAmount("CAD", -2.00m))], null, null, null, null, null);

        var us = FinancialEventFacts.From([Page(shipments: [canadian], serviceFees: [cadFee])], PostedOn, Us);
        var ca = FinancialEventFacts.From([Page(shipments: [canadian], serviceFees: [cadFee])], PostedOn, "A2EUQ1WTGCTBG2");

        Assert.Empty(us.Fees);
        Assert.Empty(us.ServiceFees);
        Assert.Equal(-3.75m, Assert.Single(ca.Fees).Amount);
        Assert.Equal("CAD", Assert.Single(ca.ServiceFees).Currency);
    }

    [Fact]
    public void InventoryReimbursementsAreMoneyAndReserveHoldsAreNot()
    {
        AdjustmentEvent[] adjustments =
        [
            new("WAREHOUSE_LOST", Posted, null, Usd(8.00m), [new AdjustmentItem("1", Usd(8.00m), Usd(8.00m), "MUG-01", null, null, null, null)]),
            new("ReserveEvent", Posted, null, Usd(-100.00m), null),
        ];

        var reimbursement = Assert.Single(FinancialEventFacts.From([Page(adjustments: adjustments)], PostedOn, Us).Reimbursements);

        Assert.Equal(("MUG-01", 8.00m), (reimbursement.Sku, reimbursement.Amount));
    }

    private static FinancialEvents Page(
        IReadOnlyList<ShipmentEvent>? shipments = null, IReadOnlyList<ShipmentEvent>? refunds = null,
        IReadOnlyList<ServiceFeeEvent>? serviceFees = null, IReadOnlyList<AdjustmentEvent>? adjustments = null) =>
        new(shipments, refunds, null, null, serviceFees, adjustments);

    private static ServiceFeeEvent Storage(string? sku, decimal amount) =>
        new(null, "FBA Inventory Fee", [Fee("FBAStorageFee", amount)], sku, null, "Storage Fee", null, null);

    private static ChargeComponent Charge(string type, decimal amount) => new(type, Usd(amount));

    private static FeeComponent Fee(string type, decimal amount) => new(type, Usd(amount));

    private static FinanceAmount Usd(decimal amount) => new("USD", amount);
}
