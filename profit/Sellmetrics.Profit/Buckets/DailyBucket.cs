using Sellmetrics.Profit.Fees;
using Sellmetrics.Profit.Ledger;

namespace Sellmetrics.Profit.Buckets;

/// <summary>
/// One day's numbers for one (marketplace, SKU, currency) at full decimal precision, or a tenant-level bucket
/// (<see cref="Sku"/> null: service fees and reimbursements without a SKU; <see cref="Marketplace"/> also null: recurring costs).
/// <see cref="Fees"/> includes the estimated part shown in <see cref="EstimatedFees"/>; <see cref="Lines"/> explains every number.
/// </summary>
public sealed record DailyBucket(
    DateOnly Day,
    string? Marketplace,
    string? Sku,
    string Currency,
    int Units,
    ValueList<string> OrderIds,
    decimal Revenue,
    FeeBreakdown Fees,
    FeeBreakdown EstimatedFees,
    decimal Refunds,
    decimal Reimbursements,
    decimal Cogs,
    decimal RecurringCosts,
    ValueList<ProfitLine> Lines)
{
    public int Orders => OrderIds.Count;

    public bool HasEstimates => Lines.Any(l => l.Estimated);

    public decimal NetProfit => Revenue - Fees.Total - Refunds + Reimbursements - Cogs - RecurringCosts;

    /// <summary>The lines behind one component, e.g. the refunds of the day.</summary>
    public IEnumerable<ProfitLine> Explain(ProfitComponent component) => Lines.Where(l => l.Component == component);
}
