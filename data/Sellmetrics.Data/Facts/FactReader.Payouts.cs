using Sellmetrics.Data.Tenants;
using Sellmetrics.Profit.Facts;
using Sellmetrics.Profit.Payouts;

namespace Sellmetrics.Data.Facts;

public sealed partial class FactReader
{
    // The facts a marketplace's payouts in the range can name, read as the profit's own records (the sums are the profit's, see PayoutLedger).
    private const string InRange = "FROM payouts p WHERE p.marketplace = @m AND p.period_end > @from AND p.period_start < @to";
    private const string LineRange = "FROM payout_lines l JOIN payouts p USING (marketplace, settlement_id) WHERE l.marketplace = @m AND p.period_end > @from AND p.period_start < @to";
    private const string OrderLines = $" WHERE marketplace = @m AND (order_id, sku) IN (SELECT l.order_id, l.sku {LineRange})";
    private const string PostedInRange = $" WHERE marketplace = @m AND posted_at >= (SELECT min(p.period_start) - interval '1 day' {InRange}) AND posted_at < (SELECT max(p.period_end) + interval '1 day' {InRange})";

    /// <summary>The payouts whose settlement period overlaps the given UTC days, with their lines and what the ledger holds for them.</summary>
    public async Task<IReadOnlyList<StoredPayout>> ListPayoutsAsync(Guid tenantId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        var days = Days(from, to);
        var payouts = await ListAsync(session, """
            SELECT marketplace, settlement_id, period_start, period_end, deposit_date, deposit_amount, currency FROM payouts
            WHERE period_end > @from AND period_start < @to ORDER BY period_start, marketplace, settlement_id
            """, r => (Marketplace: r.GetString(0), Payout: new Payout(
                r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), r.GetFieldValue<DateTimeOffset>(3),
                r.IsDBNull(4) ? null : r.GetFieldValue<DateTimeOffset>(4), r.GetDecimal(5), r.GetString(6))), days, cancellationToken);
        var lines = await ListAsync(session, """
            SELECT l.marketplace, l.settlement_id, l.kind, l.reference, l.order_id, l.sku, l.posted_at, l.amount
            FROM payout_lines l JOIN payouts p USING (marketplace, settlement_id)
            WHERE p.period_end > @from AND p.period_start < @to ORDER BY l.kind, l.reference
            """, r => (Marketplace: r.GetString(0), Line: new PayoutLine(
                r.GetString(1), Enum.Parse<PayoutKind>(r.GetString(2)), r.GetString(3), Text(r, 4), Text(r, 5),
                r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6), r.GetDecimal(7))), days, cancellationToken);
        var facts = new Dictionary<string, FactBatch>();
        foreach (var marketplace in payouts.Select(p => p.Marketplace).Distinct())
        {
            facts[marketplace] = await LedgerFactsAsync(session, marketplace, [.. days, ("m", marketplace)], cancellationToken);
        }

        var linesOf = lines.ToLookup(l => (l.Marketplace, l.Line.SettlementId), l => l.Line);
        return [.. payouts.Select(p =>
        {
            var settled = linesOf[(p.Marketplace, p.Payout.SettlementId)].ToList();
            return new StoredPayout(p.Marketplace, p.Payout, settled, PayoutLedger.For(p.Payout, settled, facts[p.Marketplace]));
        })];
    }

    private static async Task<FactBatch> LedgerFactsAsync(
        TenantSession session, string marketplace, (string, object)[] parameters, CancellationToken cancellationToken) => new(marketplace)
        {
            Orders = await ListAsync(session, OrderSql + $" WHERE marketplace = @m AND order_id IN (SELECT l.order_id {LineRange})", ReadOrder, parameters, cancellationToken),
            Items = await ListAsync(session, ItemSql + OrderLines, ReadItem, parameters, cancellationToken),
            Fees = await ListAsync(session, FeeSql + OrderLines, ReadFee, parameters, cancellationToken),
            Refunds = await ListAsync(session, RefundSql + OrderLines, ReadRefund, parameters, cancellationToken),
            Reimbursements = await ListAsync(session, ReimbursementSql + PostedInRange, ReadReimbursement, parameters, cancellationToken),
            ServiceFees = await ListAsync(session, ServiceFeeSql + PostedInRange, ReadServiceFee, parameters, cancellationToken),
        };
}
