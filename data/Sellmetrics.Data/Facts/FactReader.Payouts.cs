using Sellmetrics.Profit.Payouts;

namespace Sellmetrics.Data.Facts;

public sealed partial class FactReader
{
    // What the profit counts for each settlement reference: the same facts, and the same sums, the profit engine reads.
    private const string PayoutLedgerSql = """
        WITH lines AS (
            SELECT l.*, p.period_start, p.period_end FROM payout_lines l JOIN payouts p USING (marketplace, settlement_id)
            WHERE p.period_end > @from AND p.period_start < @to)
        SELECT l.marketplace, l.settlement_id, l.kind, l.reference, sum(i.item_price + i.shipping_price + i.gift_wrap_price - i.promotion_discount - i.shipping_discount)
        FROM lines l JOIN order_items i ON i.marketplace = l.marketplace AND i.order_id = l.order_id AND i.sku = l.sku
        JOIN orders o ON o.marketplace = i.marketplace AND o.order_id = i.order_id AND o.status <> 'Cancelled'
        WHERE l.kind = 'Sales' GROUP BY 1, 2, 3, 4
        UNION ALL
        SELECT l.marketplace, l.settlement_id, l.kind, l.reference, sum(f.amount)
        FROM lines l JOIN fee_lines f ON f.marketplace = l.marketplace AND f.order_id = l.order_id AND f.sku = l.sku
            AND date_trunc('second', f.posted_at) = date_trunc('second', l.posted_at)
        WHERE l.kind = 'Fees' GROUP BY 1, 2, 3, 4
        UNION ALL
        SELECT l.marketplace, l.settlement_id, l.kind, l.reference, sum(r.principal + r.shipping + r.gift_wrap + r.promotion + r.fee_adjustments + r.other)
        FROM lines l JOIN refund_events r ON r.marketplace = l.marketplace AND r.order_id = l.order_id AND r.sku = l.sku
            AND date_trunc('second', r.posted_at) = date_trunc('second', l.posted_at)
        WHERE l.kind = 'Refunds' GROUP BY 1, 2, 3, 4
        UNION ALL
        SELECT l.marketplace, l.settlement_id, l.kind, l.reference, sum(r.amount)
        FROM lines l JOIN reimbursements r ON r.marketplace = l.marketplace AND r.sku IS NOT DISTINCT FROM l.sku
            AND date_trunc('second', r.posted_at) = date_trunc('second', l.posted_at)
        WHERE l.kind = 'Reimbursements' GROUP BY 1, 2, 3, 4
        UNION ALL
        SELECT l.marketplace, l.settlement_id, l.kind, l.reference, sum(s.amount)
        FROM lines l JOIN service_fees s ON s.marketplace = l.marketplace AND s.sku IS NOT DISTINCT FROM l.sku
            AND s.posted_at >= l.period_start AND s.posted_at < l.period_end
        WHERE l.kind = 'ServiceFees' GROUP BY 1, 2, 3, 4
        """;

    /// <summary>The payouts whose settlement period overlaps the given UTC days, with their lines and what the ledger holds for them.</summary>
    public async Task<IReadOnlyList<StoredPayout>> ListPayoutsAsync(Guid tenantId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        var days = Days(from, to);
        var payouts = await ListAsync(
            session, FactTables.Payouts.Select + " WHERE period_end > @from AND period_start < @to ORDER BY period_start, marketplace, settlement_id",
            FactTables.Payouts.ReadWithMarketplace, days, cancellationToken);
        var lines = await ListAsync(
            session, FactTables.PayoutLines.Select + """
                 l WHERE EXISTS (SELECT FROM payouts p WHERE p.marketplace = l.marketplace AND p.settlement_id = l.settlement_id
                                                     AND p.period_end > @from AND p.period_start < @to)
                ORDER BY l.kind, l.reference
                """,
            FactTables.PayoutLines.ReadWithMarketplace, days, cancellationToken);
        var ledger = await ListAsync(session, PayoutLedgerSql, r => (Marketplace: r.GetString(0), SettlementId: r.GetString(1),
            Line: new PayoutLedgerLine(Enum.Parse<PayoutKind>(r.GetString(2)), r.GetString(3), r.GetDecimal(4))), days, cancellationToken);
        var linesOf = lines.ToLookup(l => (l.Marketplace, l.Fact.SettlementId), l => l.Fact);
        var ledgerOf = ledger.ToLookup(l => (l.Marketplace, l.SettlementId), l => l.Line);
        return [.. payouts.Select(p => new StoredPayout(
            p.Marketplace, p.Fact, [.. linesOf[(p.Marketplace, p.Fact.SettlementId)]], [.. ledgerOf[(p.Marketplace, p.Fact.SettlementId)]]))];
    }
}
