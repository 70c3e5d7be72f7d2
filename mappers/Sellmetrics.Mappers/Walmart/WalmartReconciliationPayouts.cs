using System.Globalization;
using Sellmetrics.Facts;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Facts.Payouts;
using Sellmetrics.Marketplaces.Walmart.Reports;

namespace Sellmetrics.Mappers.Walmart;

/// <summary>
/// A reconciliation report (one settlement cycle, named by its report date) as a payout: the PaymentSummary row gives the
/// period (its end date inclusive) and the deposit (Total Payable), and every other row is summed per kind and reference,
/// classified by the same rules <see cref="WalmartReconciliationFacts"/> stores the ledger's facts with. A report without
/// its summary, period or total is refused (empty batch).
/// </summary>
public static class WalmartReconciliationPayouts
{
    public static FactBatch From(IReadOnlyList<WalmartReconciliationLine> rows, DateOnly reportDate)
    {
        if (rows.FirstOrDefault(r => r.TransactionType == "PaymentSummary") is not { PeriodStartDate: { } start, PeriodEndDate: { } lastDay, TotalPayable: { } total } summary)
        {
            return new FactBatch(WalmartMarketplaces.UnitedStates.Id);
        }

        var settlementId = reportDate.ToString("MMddyyyy", CultureInfo.InvariantCulture);
        var deposited = new DateTimeOffset(reportDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new FactBatch(WalmartMarketplaces.UnitedStates.Id)
        {
            Payouts = [new Payout(settlementId, start, lastDay.AddDays(1), deposited, total, summary.Currency ?? WalmartMarketplaces.UnitedStates.Currency)],
            PayoutLines = PayoutLineSums.Of(rows
                .Where(r => r is { TransactionType: not null and not "PaymentSummary", Amount: not null })
                .Select(r => Line(settlementId, r))),
        };
    }

    public static PayoutKind KindOf(WalmartReconciliationLine row) => row switch
    {
        _ when WalmartReconciliationFacts.IsTax(row.AmountType) => PayoutKind.Tax,
        _ when WalmartReconciliationFacts.IsReserve(row) => PayoutKind.Reserve,
        { PurchaseOrderNumber: null } => PayoutKind.ServiceFees,
        { PartnerItemId: null } => PayoutKind.Other,
        { TransactionType: "Sale", AmountType: "Product Price" or "Shipping Price" } => PayoutKind.Sales,
        { TransactionType: "Sale" } when WalmartReconciliationFacts.FeeTypeOf(row) is not null => PayoutKind.Fees,
        { TransactionType: "Refund", AmountType: "Product Price" } => PayoutKind.Refunds,
        { TransactionType: "Refund" } when WalmartReconciliationFacts.FeeTypeOf(row) is not null => PayoutKind.Refunds,
        _ => PayoutKind.Other,
    };

    private static PayoutLine Line(string settlementId, WalmartReconciliationLine row)
    {
        var kind = KindOf(row);
        var (order, sku, posted) = (row.PurchaseOrderNumber, row.PartnerItemId, row.TransactionPostedTimestamp);
        var reference = (kind, order, sku, posted) switch
        {
            (PayoutKind.Sales or PayoutKind.Tax, { } o, { } s, _) => PayoutReferences.Sale(o, s),
            (PayoutKind.Fees or PayoutKind.Refunds, { } o, { } s, { } at) => PayoutReferences.Posted(o, s, at),
            (PayoutKind.ServiceFees, _, _, _) => PayoutReferences.ServiceFee(sku),
            _ => string.Join('/', order ?? row.TransactionKey ?? "-", row.AmountType ?? row.TransactionDescription ?? row.TransactionType),
        };
        return new PayoutLine(settlementId, kind, reference, order, sku, posted, row.Amount!.Value);
    }
}
