using Sellmetrics.Facts;
using Sellmetrics.Profit.Ledger;
using static System.FormattableString;

namespace Sellmetrics.Profit.Fees;

/// <summary>
/// Estimates the fees of an order item whose shipment event (Walmart: reconciliation rows) has not arrived yet.
/// Rule: take the SKU's latest <see cref="FeeEstimateRules.SampleSize"/> settled orders in the same currency purchased
/// before this one; if there are any, each fee category is estimated as its real fees ÷ their units × this item's units.
/// With no such history, only a referral fee is estimated: <see cref="FeeEstimateRules.ReferralRate"/> × item price.
/// Cancelled orders get no estimate, and the estimate disappears once a real fee line for the order and SKU arrives.
/// </summary>
public sealed class FeeEstimator(FeeEstimateRules rules)
{
    public ValueList<ProfitLine> Estimate(string factId, OrderItem item, DateTimeOffset purchasedAt, IEnumerable<FeeSample> settled)
    {
        var samples = settled
            .Where(s => s.Currency == item.Currency && s.PurchasedAt < purchasedAt && s.Units > 0)
            .OrderByDescending(s => s.PurchasedAt)
            .ThenBy(s => s.OrderId, StringComparer.Ordinal)
            .Take(rules.SampleSize)
            .ToList();
        return samples.Count == 0 ? FromReferralRate(factId, item) : FromHistory(factId, item, samples);
    }

    private ValueList<ProfitLine> FromReferralRate(string factId, OrderItem item) =>
        new([new ProfitLine(
            factId,
            ProfitComponent.ReferralFee,
            item.ItemPrice * rules.ReferralRate,
            Invariant($"estimate: {rules.ReferralRate:P2} referral of item price {item.ItemPrice}"),
            Estimated: true)]);

    private static ValueList<ProfitLine> FromHistory(string factId, OrderItem item, List<FeeSample> samples)
    {
        var units = samples.Sum(s => s.Units);
        var fees = samples.Aggregate(FeeBreakdown.Zero, (sum, s) => sum.Add(s.Fees));
        return new(Enum.GetValues<FeeCategory>()
            .Where(category => fees[category] != 0m)
            .Select(category => new ProfitLine(
                factId,
                FeeComponents.Of(category),
                fees[category] * item.Quantity / units,
                Invariant($"estimate: {fees[category]} over {units} units of the last {samples.Count} settled orders × {item.Quantity}"),
                Estimated: true)));
    }
}
