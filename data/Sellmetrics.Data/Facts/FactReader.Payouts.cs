using Sellmetrics.Data.Tenants;
using Sellmetrics.Facts;
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
        var facts = new Dictionary<string, FactBatch>();
        foreach (var marketplace in payouts.Select(p => p.Marketplace).Distinct())
        {
            facts[marketplace] = await LedgerFactsAsync(session, marketplace, [.. days, ("m", marketplace)], cancellationToken);
        }

        var linesOf = lines.ToLookup(l => (l.Marketplace, l.Fact.SettlementId), l => l.Fact);
        return [.. payouts.Select(p =>
        {
            var settled = linesOf[(p.Marketplace, p.Fact.SettlementId)].ToList();
            return new StoredPayout(p.Marketplace, p.Fact, settled, PayoutLedger.For(p.Fact, settled, facts[p.Marketplace]));
        })];
    }

    private static async Task<FactBatch> LedgerFactsAsync(
        TenantSession session, string marketplace, (string, object)[] parameters, CancellationToken cancellationToken) => new(marketplace)
        {
            Orders = await ListAsync(session, FactTables.Orders.Select + $" WHERE marketplace = @m AND order_id IN (SELECT l.order_id {LineRange})", FactTables.Orders.Read, parameters, cancellationToken),
            Items = await ListAsync(session, FactTables.Items.Select + OrderLines, FactTables.Items.Read, parameters, cancellationToken),
            Fees = await ListAsync(session, FactTables.Fees.Select + OrderLines, FactTables.Fees.Read, parameters, cancellationToken),
            Refunds = await ListAsync(session, FactTables.Refunds.Select + OrderLines, FactTables.Refunds.Read, parameters, cancellationToken),
            Reimbursements = await ListAsync(session, FactTables.Reimbursements.Select + PostedInRange, FactTables.Reimbursements.Read, parameters, cancellationToken),
            ServiceFees = await ListAsync(session, FactTables.ServiceFees.Select + PostedInRange, FactTables.ServiceFees.Read, parameters, cancellationToken),
        };
}
