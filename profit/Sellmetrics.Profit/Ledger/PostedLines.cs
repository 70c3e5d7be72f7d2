using Sellmetrics.Facts;
using Sellmetrics.Profit.Fees;
using static System.FormattableString;

namespace Sellmetrics.Profit.Ledger;

// Money the marketplace posts later (refunds, reimbursements, service fees), on its posted day.
internal static class PostedLines
{
    public static IEnumerable<DatedLine> For(SkuBook book)
    {
        var sku = book.Facts.Sku;
        var refunds = SkuBook.Latest(book.Facts.Refunds.Where(r => r.Sku == sku), r => r.Id).SelectMany(r => Refund(book, r));
        var reimbursements = SkuBook.Latest(book.Facts.Reimbursements.Where(r => r.Sku == sku), r => r.Id)
            .Select(r => book.Line(book.Zone.DayOf(r.PostedAt), r.Currency, Reimbursed(r)));
        var serviceFees = SkuBook.Latest(book.Facts.ServiceFees.Where(f => f.Sku == sku), f => f.Id)
            .Select(f => book.Line(book.Zone.DayOf(f.PostedAt), f.Currency, Charged(f)));
        return refunds.Concat(reimbursements).Concat(serviceFees);
    }

    public static ProfitLine Reimbursed(Reimbursement reimbursement) =>
        new(reimbursement.Id, ProfitComponent.Reimbursement, reimbursement.Amount, $"reimbursement {reimbursement.Reason}".TrimEnd());

    public static ProfitLine Charged(ServiceFee fee) =>
        new(fee.Id, FeeComponents.Of(FeeCategories.Of(fee.FeeType)), -fee.Amount, fee.FeeType);

    private static IEnumerable<DatedLine> Refund(SkuBook book, RefundEvent refund)
    {
        (decimal Amount, string Part)[] parts =
        [
            (refund.Principal, "principal"),
            (refund.Shipping, "shipping"),
            (refund.GiftWrap, "gift wrap"),
            (refund.Promotion, "promotion"),
            (refund.FeeAdjustments, "fee adjustments"),
            (refund.Other, "other"),
        ];
        var day = book.Zone.DayOf(refund.PostedAt);
        return parts
            .Where(p => p.Amount != 0m)
            .Select(p => book.Line(day, refund.Currency, new ProfitLine(
                refund.Id,
                ProfitComponent.Refund,
                -p.Amount,
                Invariant($"{p.Part} refunded for order {refund.OrderId}"))));
    }
}
