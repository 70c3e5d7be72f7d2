using Sellmetrics.Marketplaces.Amazon.Reports;
using Sellmetrics.Profit.Payouts;
using Sellmetrics.Sync.Amazon;

namespace Sellmetrics.Sync.Tests.Amazon;

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

    private static DateTimeOffset At(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);
}
