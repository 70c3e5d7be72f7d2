using Sellmetrics.Facts;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Facts.Payouts;
using Sellmetrics.Marketplaces.Amazon.Reports;

namespace Sellmetrics.Mappers.Amazon;

/// <summary>
/// A settlement report as a payout and its lines, each summed per kind and reference so that it can be matched with the
/// ledger; a report without its period, total or currency is refused (empty batch), never completed by a guess. A line
/// naming another storefront (marketplace-name) is that marketplace's: it is kept only as its storefront's sum, of kind
/// <see cref="PayoutKind.OtherMarketplaces"/>, so the deposit still adds up and nothing of it counts as this marketplace's.
/// </summary>
public static class SettlementPayouts
{
    public static FactBatch From(SettlementReport report, string marketplaceId)
    {
        if (report.Summary is not { SettlementStartDate: { } start, SettlementEndDate: { } end, TotalAmount: { } total, Currency: { Length: 3 } currency } summary)
        {
            return new FactBatch(marketplaceId);
        }

        var storefront = AmazonMarketplaces.Find(marketplaceId)?.Storefront;
        var lines = PayoutLineSums.Of(report.Lines
            .Select(l => IsOf(storefront, l) ? Line(summary.SettlementId, l) : OtherMarketplace(summary.SettlementId, l)));
        return new FactBatch(marketplaceId)
        {
            Payouts = [new Payout(summary.SettlementId, start, end, summary.DepositDate, total, currency.ToUpperInvariant())],
            PayoutLines = lines,
        };
    }

    public static PayoutKind KindOf(SettlementLine line) => line switch
    {
        { AmountDescription: { } d } when d.Contains("Reserve", StringComparison.OrdinalIgnoreCase) => PayoutKind.Reserve,
        { AmountType: "ItemWithheldTax" } => PayoutKind.Tax,
        { AmountType: "ItemPrice", AmountDescription: "Tax" or "ShippingTax" or "GiftWrapTax" } => PayoutKind.Tax,
        { TransactionType: "Order", AmountType: "ItemPrice" or "Promotion" } => PayoutKind.Sales,
        { TransactionType: "Order", AmountType: "ItemFees" } => PayoutKind.Fees,
        { TransactionType: "Refund" } => PayoutKind.Refunds,
        { TransactionType: "ServiceFee" } => PayoutKind.ServiceFees,
        { AmountDescription: { } d } when AdjustmentFacts.IsReimbursement(d) => PayoutKind.Reimbursements,
        _ => PayoutKind.Other,
    };

    // A line without a storefront (reserve, account-level fees) belongs to the settlement, and so to its marketplace.
    private static bool IsOf(string? storefront, SettlementLine line) =>
        storefront is null || line.MarketplaceName is not { Length: > 0 } name || string.Equals(name, storefront, StringComparison.OrdinalIgnoreCase);

    private static PayoutLine OtherMarketplace(string settlementId, SettlementLine line) =>
        new(settlementId, PayoutKind.OtherMarketplaces, line.MarketplaceName!, null, null, null, line.Amount);

    private static PayoutLine Line(string settlementId, SettlementLine line)
    {
        var kind = KindOf(line);
        var reference = (kind, line) switch
        {
            (PayoutKind.Sales or PayoutKind.Tax, { OrderId: { } order, Sku: { } sku }) => PayoutReferences.Sale(order, sku),
            (PayoutKind.Fees or PayoutKind.Refunds, { OrderId: { } order, Sku: { } sku, PostedDate: { } at }) => PayoutReferences.Posted(order, sku, at),
            (PayoutKind.Reimbursements, { PostedDate: { } at }) => PayoutReferences.Reimbursement(line.Sku, at),
            (PayoutKind.ServiceFees, _) => PayoutReferences.ServiceFee(line.Sku),
            _ => string.Join('/', line.OrderId ?? line.AdjustmentId ?? "-", line.AmountDescription ?? line.AmountType ?? line.TransactionType ?? "-"),
        };
        return new PayoutLine(settlementId, kind, reference, line.OrderId, line.Sku, line.PostedDate, line.Amount);
    }
}
