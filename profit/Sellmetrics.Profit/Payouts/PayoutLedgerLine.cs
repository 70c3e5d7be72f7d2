using Sellmetrics.Facts.Payouts;

namespace Sellmetrics.Profit.Payouts;

/// <summary>What the profit's own facts hold for one settlement reference (absent when the facts have nothing).</summary>
public sealed record PayoutLedgerLine(PayoutKind Kind, string Reference, decimal Amount);
