using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Fees;

namespace Sellmetrics.Profit.Totals;

// Sums buckets of one currency at full precision; an order is counted once however many SKUs it has.
internal sealed class TotalsAccumulator(string currency)
{
    private readonly HashSet<(string?, string)> _orders = [];
    private FeeBreakdown _fees = FeeBreakdown.Zero;
    private FeeBreakdown _estimated = FeeBreakdown.Zero;
    private decimal _revenue;
    private decimal _refunds;
    private decimal _reimbursements;
    private decimal _cogs;
    private decimal _recurringCosts;
    private int _units;

    public void Add(DailyBucket bucket)
    {
        _orders.UnionWith(bucket.OrderIds.Select(id => (bucket.Marketplace, id)));
        _fees = _fees.Add(bucket.Fees);
        _estimated = _estimated.Add(bucket.EstimatedFees);
        _revenue += bucket.Revenue;
        _refunds += bucket.Refunds;
        _reimbursements += bucket.Reimbursements;
        _cogs += bucket.Cogs;
        _recurringCosts += bucket.RecurringCosts;
        _units += bucket.Units;
    }

    public ProfitTotals ToTotals()
    {
        var net = _revenue - _fees.Total - _refunds + _reimbursements - _cogs - _recurringCosts;
        return new ProfitTotals(
            currency,
            Presentation.Cents(_revenue),
            _units,
            _orders.Count,
            FeeTotals.From(_fees),
            Presentation.Cents(_refunds),
            Presentation.Cents(_reimbursements),
            Presentation.Cents(_cogs),
            Presentation.Cents(_recurringCosts),
            Presentation.Cents(net),
            Presentation.Ratio(net, _revenue),
            Presentation.Ratio(net, _cogs),
            Presentation.Cents(_estimated.Total));
    }

    public static ValueList<ProfitTotals> PerCurrency(IEnumerable<DailyBucket> buckets) =>
        new(buckets
            .GroupBy(b => b.Currency)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var totals = new TotalsAccumulator(g.Key);
                foreach (var bucket in g)
                {
                    totals.Add(bucket);
                }

                return totals.ToTotals();
            }));
}
