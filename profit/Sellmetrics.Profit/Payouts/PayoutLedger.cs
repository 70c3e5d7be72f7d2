using Sellmetrics.Facts;
using Sellmetrics.Facts.Payouts;

namespace Sellmetrics.Profit.Payouts;

/// <summary>
/// What the ledger holds for a payout's references, summed with the profit's own definitions of each fact (an item's
/// <see cref="OrderItem.Revenue"/> when its order counts, a refund's <see cref="RefundEvent.Total"/>, a fee's, a
/// reimbursement's and, within the settlement period, a service fee's amount), each fact named by <see cref="PayoutReferences"/>.
/// The facts given are those of the payout's marketplace; more than the payout names is harmless.
/// </summary>
public static class PayoutLedger
{
    public static IReadOnlyList<PayoutLedgerLine> For(Payout payout, IEnumerable<PayoutLine> lines, FactBatch facts)
    {
        var ledger = Amounts(payout, facts)
            .GroupBy(a => (a.Kind, a.Reference))
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
        return [.. lines
            .Select(l => (l.Kind, l.Reference))
            .Distinct()
            .Where(ledger.ContainsKey)
            .Select(key => new PayoutLedgerLine(key.Kind, key.Reference, ledger[key]))];
    }

    private static IEnumerable<PayoutLedgerLine> Amounts(Payout payout, FactBatch facts)
    {
        var counted = facts.Orders.Where(o => !o.IsCancelled).Select(o => o.OrderId).ToHashSet();
        var sales = facts.Items
            .Where(i => counted.Contains(i.OrderId))
            .Select(i => new PayoutLedgerLine(PayoutKind.Sales, PayoutReferences.Sale(i.OrderId, i.Sku), i.Revenue));
        var fees = facts.Fees.Select(f => new PayoutLedgerLine(PayoutKind.Fees, PayoutReferences.Posted(f.OrderId, f.Sku, f.PostedAt), f.Amount));
        var refunds = facts.Refunds.Select(r => new PayoutLedgerLine(PayoutKind.Refunds, PayoutReferences.Posted(r.OrderId, r.Sku, r.PostedAt), r.Total));
        var reimbursements = facts.Reimbursements.Select(r => new PayoutLedgerLine(
            PayoutKind.Reimbursements, PayoutReferences.Reimbursement(r.Sku, r.PostedAt), r.Amount));
        var serviceFees = facts.ServiceFees
            .Where(f => f.PostedAt >= payout.PeriodStart && f.PostedAt < payout.PeriodEnd)
            .Select(f => new PayoutLedgerLine(PayoutKind.ServiceFees, PayoutReferences.ServiceFee(f.Sku), f.Amount));
        return sales.Concat(fees).Concat(refunds).Concat(reimbursements).Concat(serviceFees);
    }
}
