namespace Sellmetrics.Profit.Ledger;

/// <summary>
/// One contribution to a bucket, so every number can say why: the fact it comes from, the component it feeds,
/// and the amount it adds to that component (fees, refunds, COGS and recurring costs as positive costs; units as a count).
/// A component of a bucket is always the sum of its lines.
/// </summary>
public sealed record ProfitLine(string FactId, ProfitComponent Component, decimal Amount, string Detail, bool Estimated = false);
