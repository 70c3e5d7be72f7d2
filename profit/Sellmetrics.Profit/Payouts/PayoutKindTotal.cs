using Sellmetrics.Facts.Payouts;

namespace Sellmetrics.Profit.Payouts;

/// <summary>A kind's sum in the settlement and in the ledger over the same references.</summary>
public sealed record PayoutKindTotal(PayoutKind Kind, decimal Settlement, decimal Ledger);
