namespace Sellmetrics.Facts.Payouts;

/// <summary>Settlement lines summed per kind and reference, the unit the ledger is matched on (the first line gives the rest).</summary>
public static class PayoutLineSums
{
    public static IReadOnlyList<PayoutLine> Of(IEnumerable<PayoutLine> lines) =>
        [.. lines.GroupBy(l => (l.Kind, l.Reference)).Select(g => g.First() with { Amount = g.Sum(l => l.Amount) })];
}
