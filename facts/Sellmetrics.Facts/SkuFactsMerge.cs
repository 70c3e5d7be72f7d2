namespace Sellmetrics.Facts;

/// <summary>Merges newer facts into a SKU's facts: a fact with the same natural id replaces the older one, others are added.</summary>
public static class SkuFactsMerge
{
    public static SkuFacts Merge(this SkuFacts facts, SkuFacts newer) => facts with
    {
        Orders = Replace(facts.Orders, newer.Orders, o => o.OrderId),
        Items = Replace(facts.Items, newer.Items, i => i.OrderItemId),
        Fees = Replace(facts.Fees, newer.Fees, f => f.Id),
        Refunds = Replace(facts.Refunds, newer.Refunds, r => r.Id),
        Reimbursements = Replace(facts.Reimbursements, newer.Reimbursements, r => r.Id),
        ServiceFees = Replace(facts.ServiceFees, newer.ServiceFees, f => f.Id),
        Returns = Replace(facts.Returns, newer.Returns, r => r.Id),
        Costs = Replace(facts.Costs, newer.Costs, c => c.EffectiveFrom.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static List<T> Replace<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, string> id)
    {
        if (newer.Count == 0)
        {
            return [.. older];
        }

        var replaced = newer.Select(id).ToHashSet(StringComparer.Ordinal);
        return [.. older.Where(f => !replaced.Contains(id(f))), .. newer];
    }
}
