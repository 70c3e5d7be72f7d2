using Sellmetrics.Facts.Payouts;

namespace Sellmetrics.Profit.Payouts;

/// <summary>A stored payout of a marketplace with its lines and what the ledger holds for their references.</summary>
public sealed record StoredPayout(string Marketplace, Payout Payout, IReadOnlyList<PayoutLine> Lines, IReadOnlyList<PayoutLedgerLine> Ledger);
