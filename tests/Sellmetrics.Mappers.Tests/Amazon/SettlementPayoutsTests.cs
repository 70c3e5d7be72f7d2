using Sellmetrics.Facts.Payouts;
using Sellmetrics.Mappers.Amazon;
using Sellmetrics.Marketplaces.Amazon.Reports;
using Sellmetrics.Profit.Payouts;

namespace Sellmetrics.Mappers.Tests.Amazon;

public sealed class SettlementPayoutsTests
{
    private const string Us = "ATVPDKIKX0DER";

    // A V2 settlement flat file as Amazon writes it: the summary row, then one row per amount.
    private const string Report = """
        settlement-id	settlement-start-date	settlement-end-date	deposit-date	total-amount	currency	transaction-type	order-id	merchant-order-id	adjustment-id	shipment-id	marketplace-name	amount-type	amount-description	amount	fulfillment-id	posted-date	posted-date-time	order-item-code	merchant-order-item-id	merchant-adjustment-item-id	sku	quantity-purchased	promotion-id
        1234567	2026-11-09 00:00:00 UTC	2026-11-23 00:00:00 UTC	2026-11-24 00:00:00 UTC	34.11	USD
        1234567						Order	111-1	111-1			Amazon.com	ItemPrice	Principal	40.00	AFN	2026-11-10	2026-11-10 02:00:00 UTC	1			MUG-01	2
        1234567						Order	111-1	111-1			Amazon.com	ItemPrice	Shipping	5.00	AFN	2026-11-10	2026-11-10 02:00:00 UTC	1			MUG-01	2
        1234567						Order	111-1	111-1			Amazon.com	ItemPrice	Tax	3.20	AFN	2026-11-10	2026-11-10 02:00:00 UTC	1			MUG-01	2
        1234567						Order	111-1	111-1			Amazon.com	ItemWithheldTax	MarketplaceFacilitatorTax-Principal	-3.20	AFN	2026-11-10	2026-11-10 02:00:00 UTC	1			MUG-01	2
        1234567						Order	111-1	111-1			Amazon.com	Promotion	Principal	-4.00	AFN	2026-11-10	2026-11-10 02:00:00 UTC	1			MUG-01	2	P1
        1234567						Order	111-1	111-1			Amazon.com	ItemFees	Commission	-5.40	AFN	2026-11-10	2026-11-10 02:00:00 UTC	1			MUG-01	2
        1234567						Order	111-1	111-1			Amazon.com	ItemFees	FBAPerUnitFulfillmentFee	-6.20	AFN	2026-11-10	2026-11-10 02:00:00 UTC	1			MUG-01	2
        1234567						Refund	111-1	111-1	adj-1		Amazon.com	ItemPrice	Principal	-20.00		2026-11-14	2026-11-14 12:00:00 UTC	1			MUG-01	1
        1234567						Refund	111-1	111-1	adj-1		Amazon.com	ItemFees	Commission	2.70		2026-11-14	2026-11-14 12:00:00 UTC	1			MUG-01	1
        1234567						ServiceFee					Amazon.com	other-transaction	Subscription Fee	-39.99		2026-11-15	2026-11-15 08:00:00 UTC
        1234567						other-transaction	111-9	111-9	R-1		Amazon.com	other-transaction	WAREHOUSE_LOST	12.00	AFN	2026-11-16	2026-11-16 09:30:00 UTC				LAMP-01	1
        1234567						Previous Reserve Amount Balance					Amazon.com	other-transaction	Previous Reserve Amount Balance	100.00		2026-11-09	2026-11-09 00:00:00 UTC
        1234567						Current Reserve Amount					Amazon.com	other-transaction	Current Reserve Amount	-50.00		2026-11-23	2026-11-23 00:00:00 UTC
        """;

    [Fact]
    public void TheSummaryIsThePayoutAndEveryLineIsSummedByKindAndReference()
    {
        var batch = SettlementPayouts.From(SettlementReportParser.Parse(new StringReader(Report)), Us);

        var payout = Assert.Single(batch.Payouts);
        Assert.Equal(new Payout("1234567", At(9, 0), At(23, 0), At(24, 0), 34.11m, "USD"), payout);
        Assert.Equal(payout.DepositAmount, batch.PayoutLines.Sum(l => l.Amount));
        var lines = batch.PayoutLines.ToDictionary(l => (l.Kind, l.Reference), l => l.Amount);
        Assert.Equal(41.00m, lines[(PayoutKind.Sales, "111-1/MUG-01")]);
        Assert.Equal(0m, lines[(PayoutKind.Tax, "111-1/MUG-01")]);
        Assert.Equal(-11.60m, lines[(PayoutKind.Fees, "111-1/MUG-01/20261110T020000Z")]);
        Assert.Equal(-17.30m, lines[(PayoutKind.Refunds, "111-1/MUG-01/20261114T120000Z")]);
        Assert.Equal(-39.99m, lines[(PayoutKind.ServiceFees, "-")]);
        Assert.Equal(12.00m, lines[(PayoutKind.Reimbursements, "LAMP-01/20261116T093000Z")]);
        Assert.Equal(50.00m, batch.PayoutLines.Where(l => l.Kind == PayoutKind.Reserve).Sum(l => l.Amount));
        Assert.DoesNotContain(batch.PayoutLines, l => l.Kind == PayoutKind.Other);
    }

    [Fact]
    public void AReportWithoutItsCurrencyIsRefusedNotTakenForDollars()
    {
        var withoutCurrency = Report.Replace("34.11\tUSD", "34.11\t", StringComparison.Ordinal);

        var batch = SettlementPayouts.From(SettlementReportParser.Parse(new StringReader(withoutCurrency)), Us);

        Assert.Empty(batch.Payouts);
        Assert.Empty(batch.PayoutLines);
    }

    [Fact]
    public void ASettlementWithLinesOfTwoStorefrontsCountsOnlyTheConnectionsMarketplace()
    {
        // One EU settlement account pays Amazon.de and Amazon.fr in one deposit: 25.00 of DE lines, 30.00 of FR lines.
        const string euReport = """
            settlement-id	settlement-start-date	settlement-end-date	deposit-date	total-amount	currency	transaction-type	order-id	merchant-order-id	adjustment-id	shipment-id	marketplace-name	amount-type	amount-description	amount	fulfillment-id	posted-date	posted-date-time	order-item-code	merchant-order-item-id	merchant-adjustment-item-id	sku	quantity-purchased	promotion-id
            777	2026-11-09 00:00:00 UTC	2026-11-23 00:00:00 UTC	2026-11-24 00:00:00 UTC	45.01	EUR
            777						Order	302-1	302-1			Amazon.de	ItemPrice	Principal	30.00	AFN	2026-11-10	2026-11-10 02:00:00 UTC	1			MUG-01	1
            777						Order	302-1	302-1			Amazon.de	ItemFees	Commission	-5.00	AFN	2026-11-10	2026-11-10 02:00:00 UTC	1			MUG-01	1
            777						Order	405-1	405-1			Amazon.fr	ItemPrice	Principal	36.00	AFN	2026-11-11	2026-11-11 02:00:00 UTC	1			MUG-01	1
            777						Order	405-1	405-1			Amazon.fr	ItemFees	Commission	-6.00	AFN	2026-11-11	2026-11-11 02:00:00 UTC	1			MUG-01	1
            777						ServiceFee						other-transaction	Subscription Fee	-39.99		2026-11-15	2026-11-15 08:00:00 UTC
            777						Previous Reserve Amount Balance						other-transaction	Previous Reserve Amount Balance	30.00		2026-11-09	2026-11-09 00:00:00 UTC
            """;
        var report = SettlementReportParser.Parse(new StringReader(euReport));

        var germany = SettlementPayouts.From(report, "A1PA6795UKMFR9").PayoutLines;
        var france = SettlementPayouts.From(report, "A13V1IB3VIYZZH").PayoutLines;

        Assert.Equal(30.00m, germany.Where(l => l.Kind == PayoutKind.Sales).Sum(l => l.Amount));
        Assert.Equal(-5.00m, germany.Where(l => l.Kind == PayoutKind.Fees).Sum(l => l.Amount));
        Assert.DoesNotContain(germany, l => l.OrderId == "405-1");
        Assert.Equal(30.00m, Assert.Single(germany, l => l.Kind == PayoutKind.OtherMarketplaces && l.Reference == "Amazon.fr").Amount);
        Assert.Equal(36.00m, france.Where(l => l.Kind == PayoutKind.Sales).Sum(l => l.Amount));
        Assert.Equal(25.00m, Assert.Single(france, l => l.Kind == PayoutKind.OtherMarketplaces && l.Reference == "Amazon.de").Amount);

        // The account's own lines (no storefront) stay with the settlement, and the deposit still adds up, nothing absorbed.
        Assert.Equal(-39.99m, germany.Where(l => l.Kind == PayoutKind.ServiceFees).Sum(l => l.Amount));
        Assert.Equal(45.01m, germany.Sum(l => l.Amount));
        Assert.Equal(45.01m, france.Sum(l => l.Amount));
        var reconciled = PayoutReconciler.Reconcile(new StoredPayout("A1PA6795UKMFR9", SettlementPayouts.From(report, "A1PA6795UKMFR9").Payouts[0], germany, []));
        Assert.Equal(30.00m, reconciled.Differences.Where(d => d.Reason == PayoutDifferenceReason.OtherMarketplace).Sum(d => d.Amount));
    }

    private static DateTimeOffset At(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);
}
