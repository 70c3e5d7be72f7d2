using Sellmetrics.Facts;
using Sellmetrics.Facts.Costs;

namespace Sellmetrics.Profit.Ledger;

// Tenant-level lines: service fees and reimbursements without a SKU (per marketplace), and recurring costs (no marketplace).
internal static class TenantLedger
{
    public static IEnumerable<DatedLine> Lines(TenantFacts facts, ProfitRules rules, IReadOnlyCollection<DateOnly> days)
    {
        var zone = rules.TimeZone;
        var fees = SkuBook.Latest(facts.ServiceFees.Where(f => f.Sku is null), f => f.Id)
            .Select(f => new DatedLine(zone.DayOf(f.PostedAt), f.Marketplace, null, f.Currency, PostedLines.Charged(f)));
        var reimbursements = SkuBook.Latest(facts.Reimbursements.Where(r => r.Sku is null), r => r.Id)
            .Select(r => new DatedLine(zone.DayOf(r.PostedAt), r.Marketplace, null, r.Currency, PostedLines.Reimbursed(r)));
        var recurring =
            from cost in SkuBook.Latest(facts.RecurringCosts, c => c.Id)
            from day in days
            let amount = cost.AmountOn(day)
            where amount != 0m
            select new DatedLine(day, null, null, cost.Currency, new ProfitLine(
                cost.Id.ToString("N"), ProfitComponent.RecurringCost, amount, $"{cost.Name} ({cost.Category}, {CostFrequencyNames.Of(cost.Frequency)})"));
        return fees.Concat(reimbursements).Concat(recurring);
    }
}
